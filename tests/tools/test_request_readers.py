"""The deterministic request readers: the phrasings engineers use, read into typed specs without a model."""

from __future__ import annotations

import pytest

from chipsmith.tools.requests import datasheet, fields, netlist, read, rf, sizing
from chipsmith.tools.rf_spec import build_spec, complete_from_order, describe, parse_request
from chipsmith.tools.rf_synthesis import minimum_order
from chipsmith.tools.sizing.request import parse_request_specs


@pytest.mark.parametrize("text,want", [
    # each of these was misread before: a 3 dB corner read as an attenuation, 100 MHz read as a stop edge, ...
    ("Chebyshev low pass, 0.5 dB ripple up to 100 MHz, 40 dB down at 200 MHz, 50 Ω in and out",
     {"kind": "lowpass", "ripple_db": 0.5, "pass_edges_hz": [100e6], "stop_edges_hz": [200e6], "atten_db": 40.0}),
    ("LPF with 3 dB cutoff of 10 MHz and 40 dB at 30 MHz", {"pass_edges_hz": [10e6], "stop_edges_hz": [30e6], "atten_db": 40.0}),
    ("-3dB at 20 MHz, at least 40 dB rejection at 60 MHz, low pass", {"pass_edges_hz": [20e6], "atten_db": 40.0}),
    ("high pass, 3 dB corner at 1 GHz", {"kind": "highpass", "pass_edges_hz": [1e9]}),
    ("7th order Butterworth low pass at 50 MHz", {"order": 7, "response": "butterworth", "pass_edges_hz": [50e6]}),
    ("lowpass with 40 dB/decade rolloff above 1 MHz", {"order": 2, "pass_edges_hz": [1e6]}),
    ("high-pass, corner frequency 2 MHz, 18 dB/octave", {"order": 3, "pass_edges_hz": [2e6]}),
    ("anti-aliasing filter for a 100 MSPS ADC, flat to 40 MHz and 60 dB down by 60 MHz",
     {"kind": "lowpass", "pass_edges_hz": [40e6], "stop_edges_hz": [60e6], "atten_db": 60.0}),
    ("low pass, cutoff 433 MHz, 2nd harmonic at least 45 dB down", {"stop_edges_hz": [866e6], "atten_db": 45.0}),
    ("bandpass, passband 2.5 GHz ± 50 MHz, 40 dB at 2.3 GHz", {"pass_edges_hz": [2.45e9, 2.55e9], "stop_edges_hz": [2.3e9]}),
    ("GPS preselector: 1575.42 MHz center, 20 MHz passband", {"kind": "bandpass", "pass_edges_hz": [1565.42e6, 1585.42e6]}),
    ("HPF with 1 kohm source and 1 kohm load, edge 20 kHz", {"z_source": 1000.0, "z_load": 1000.0, "pass_edges_hz": [20e3]}),
    ("lowpass, source 50 ohm, load 100 ohm, edge 70 MHz", {"z_source": 50.0, "z_load": 100.0}),
    ("Rs = 50 Ω, RL = 25 Ω, low-pass fc = 250 MHz", {"z_source": 50.0, "z_load": 25.0, "pass_edges_hz": [250e6]}),
    ("maximally flat LPF 0 to 30 MHz with 60 dB at 100 MHz", {"pass_edges_hz": [30e6], "stop_edges_hz": [100e6]}),
])
def test_rf_reader_reads_common_phrasings(text: str, want: dict[str, object]) -> None:
    got, _ = parse_request(text)
    for key, value in want.items():
        assert got.get(key) == pytest.approx(value), (key, got)


def test_50_ohm_is_an_impedance_not_a_frequency() -> None:
    got, _ = parse_request("need a simple 50 ohm LPF, cutoff 1.5 GHz")
    assert got["pass_edges_hz"] == [1.5e9]
    assert (got["z_source"], got["z_load"]) == (50.0, 50.0)


@pytest.mark.parametrize("text", ["7th order Butterworth low pass at 50 MHz", "5th order Chebyshev HPF, 0.5 dB ripple, passband from 400 MHz",
                                  "Butterworth bandpass from 1 MHz to 2 MHz, 6th order"])
def test_an_order_with_no_stop_band_becomes_a_spec_that_order_is_the_least_to_meet(text: str) -> None:
    got, _ = parse_request(text)
    note = complete_from_order(got)
    assert note and "atten_db" in got and "stop_edges_hz" in got
    assert minimum_order(build_spec(got, "test")) == got["order"]


def test_a_given_attenuation_is_never_replaced_by_the_order() -> None:
    got, _ = parse_request("5th order low pass at 10 MHz, 30 dB at 25 MHz")
    assert complete_from_order(got) == ""
    assert (got["atten_db"], got["stop_edges_hz"]) == (30.0, [25e6])


@pytest.mark.parametrize("text,want", [
    ("size the OTA: DC gain > 70 dB, GBW 20 MHz, PM at least 60 degrees, power under 1 mW",
     {"dc_gain_db": ("min", 70.0), "ugbw": ("min", 20e6), "pm": ("min", 60.0), "power": ("max", 1e-3)}),
    ("gain no less than 55 dB, power no more than 250 uW", {"dc_gain_db": ("min", 55.0), "power": ("max", 250e-6)}),
    ("draws no more than 1.5 mW and gives 60 dB gain", {"power": ("max", 1.5e-3), "dc_gain_db": ("min", 60.0)}),
    ("bandwidth 200 MHz, PM 60", {"ugbw": ("min", 200e6), "pm": ("min", 60.0)}),
    ("60 dB loop gain, 45° margin", {"dc_gain_db": ("min", 60.0), "pm": ("min", 45.0)}),
    ("phase margin of at least 60 degrees and power below 400 microwatts", {"pm": ("min", 60.0), "power": ("max", 400e-6)}),
    ("0.5 mW power budget, 40 MHz GBW", {"power": ("max", 0.5e-3), "ugbw": ("min", 40e6)}),
    ("50 dB gain, 500 uW max", {"dc_gain_db": ("min", 50.0), "power": ("max", 500e-6)}),
])
def test_sizing_reader_reads_bounds_in_words(text: str, want: dict[str, tuple[str, float]]) -> None:
    got = parse_request_specs(text)
    assert set(got) == set(want)
    for key, (direction, value) in want.items():
        assert got[key][0] == direction and got[key][1] == pytest.approx(value)


@pytest.mark.parametrize("text,to,source", [
    ("convert this HSPICE netlist to Spectre", "spectre", "hspice"),
    ("make an HSPICE version of this ngspice netlist", "hspice", "ngspice"),
    ("I have a Spectre netlist from Virtuoso; I need it in ngspice", "ngspice", "spectre"),
    ("netlist conversion: ltspice to hspice", "hspice", "ltspice"),
    ("give me its Spectre netlist", "spectre", None),
    ("convert the gate-level verilog netlist to a SPICE netlist", "ngspice", "verilog"),
])
def test_netlist_reader_finds_target_and_source(text: str, to: str, source: str | None) -> None:
    got = netlist.read(text)
    assert (got.to, got.from_) == (to, source)
    assert fields(got) == ({"to": to, "from": source} if source else {"to": to})


@pytest.mark.parametrize("text,device", [("model the 2N3904 from its datasheet", "bjt"), ("the 1N4148 datasheet", "diode"),
                                         ("2N7002 datasheet", "mosfet"), ("op amp GBW from the datasheet", "opamp"),
                                         ("the comparator datasheet", None)])
def test_datasheet_reader_names_the_device(text: str, device: str | None) -> None:
    assert datasheet.read(text).device == device


def test_read_dispatches_by_agent_and_knows_which_take_no_spec() -> None:
    assert isinstance(read("rf_designer", "low pass at 1 MHz"), rf.RFRequest)
    assert isinstance(read("circuit_sizer", "60 dB gain"), sizing.SizingRequest)
    assert read("verilog_writer", "a FIFO") is None and fields(None) == {}


def test_the_spec_is_said_back_in_one_line() -> None:
    got, _ = parse_request("Chebyshev low pass, 0.5 dB ripple up to 100 MHz, 40 dB down at 200 MHz, 50 Ω in and out")
    assert describe(build_spec(got, "test")) == "low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"
