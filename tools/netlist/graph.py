"""The circuit as a graph (devices and nets as nodes, terminals as labelled edges) and the isomorphism proof.

A translation is proven when, for the top level and every subcircuit, the graph of
the re-parsed output is isomorphic to the source's with equal labels: device kind,
model or subcircuit name, and every value in a dialect-free spelling. The model
cards are compared as well. The proof first tries the isomorphism the device and
net names suggest (linear time); only when names changed does it search (VF2).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from chipsmith.tools.netlist.meaning import GROUND
from chipsmith.tools.netlist.model import Device, Model, Netlist, Subckt
from chipsmith.tools.netlist.sources import source_spec
from chipsmith.tools.netlist.spice_emit import mos_family
from chipsmith.tools.netlist.values import is_expr, label_value, to_float

_PRIMARY = {"R": ("r", "resistance"), "C": ("c", "capacitance"), "L": ("l", "inductance")}


def device_key(d: Device) -> str:
    name = d.name.lower()
    return name if name[:1] == d.kind.lower() else d.kind.lower() + name


def device_label(d: Device) -> str:
    """Kind, master and values of a device, spelled the same whatever the dialect."""
    params = {k.lower(): v for k, v in d.params.items()}
    model = d.model.lower()
    parts: list[str] = [d.kind]
    if d.kind in _PRIMARY:
        values = [a for a in d.args if to_float(a) is not None or is_expr(a)]
        words = [a for a in d.args if a not in values]
        if not model and words:
            model = words[0].lower()
        primary = values[0] if values else next((params.pop(k) for k in _PRIMARY[d.kind] if k in params), "")
        for k in _PRIMARY[d.kind]:
            params.pop(k, None)
        parts += [model, label_value(primary) if primary else ""]
        parts += [label_value(a) for a in values[1:]]
    elif d.kind in "VI" and not d.behaviour:
        spec = source_spec(d.args)
        if "dc" in params and "dc" not in spec:  # V1 a 0 DC=1 is V1 a 0 DC 1
            spec["dc"] = label_value(params.pop("dc"))
        parts.append(json.dumps(spec, sort_keys=True))
    elif d.kind in "DQJ" and len(d.args) == 1 and "area" not in params and to_float(d.args[0]) is not None:
        parts.append(model)
        params["area"] = d.args[0]  # a positional area factor is area= in Spectre
    else:
        parts += [model] + [label_value(a) for a in d.args]
    if d.behaviour:
        parts.append(" ".join(d.behaviour.lower().split()))
    parts += [r.lower() for r in d.refs]
    parts += [f"{k}={label_value(v) if v else ''}" for k, v in sorted(params.items())]
    return "|".join(parts)


Scope = tuple[dict[tuple[str, str], str], dict[tuple[tuple[str, str], tuple[str, str]], tuple[str, ...]]]


def scope_graph(items: list[Any], ports: list[str], case_sensitive: bool = False,
                ground: frozenset[str] = GROUND["ngspice"]) -> Scope:
    """One scope's graph as (node -> label, (device, net) -> terminal labels); nodes are devices and nets.

    ``ground`` names the nets the netlist's dialect reads as the reference node (``gnd!`` is ground
    in HSPICE and an ordinary net in ngspice), so a translation that changes that is not isomorphic.
    """
    nodes: dict[tuple[str, str], str] = {}
    edges: dict[tuple[tuple[str, str], tuple[str, str]], tuple[str, ...]] = {}

    port_keys = {p if case_sensitive else p.lower() for p in ports}

    def net_key(n: str) -> str:
        k = n if case_sensitive else n.lower()
        # a port keeps its name even when it is spelled like ground: inside the subcircuit it is the port
        return "0" if k.lower() in ground and k not in port_keys else k

    all_keys = {device_key(it) for it in items if isinstance(it, Device)}
    for i, p in enumerate(ports):
        nodes[("n", net_key(p))] = f"port{i}"
    for it in items:
        if not isinstance(it, Device):
            continue
        dk = ("d", device_key(it))
        if dk in nodes:  # a name used twice is two devices, never one; keyed as the emitter renames it (MM2 -> MM2_2)
            k = 2
            while ("d", f"{dk[1]}_{k}") in nodes or f"{dk[1]}_{k}" in all_keys:
                k += 1
            dk = ("d", f"{dk[1]}_{k}")
        nodes[dk] = device_label(it)
        for t, net in enumerate(it.nodes):
            nk = ("n", net_key(net))
            if nk not in nodes:
                nodes[nk] = "gnd" if nk[1] == "0" else "net"
            e = (dk, nk)  # terminals by position: pin names exist only in Verilog, positions everywhere
            edges[e] = tuple(sorted(edges[e] + (str(t),))) if e in edges else (str(t),)
    return nodes, edges


def to_networkx(scope: Scope) -> nx.Graph:
    """The scope as a networkx graph: labelled device/net nodes, terminal labels on the edges."""
    g = nx.Graph()
    for n, label in scope[0].items():
        g.add_node(n, label=label)
    for (u, v), t in scope[1].items():
        g.add_edge(u, v, t=t)
    return g


def graphs(net: Netlist, case_sensitive: bool | None = None) -> dict[str, Scope]:
    """The graph of the top level and of every subcircuit, keyed by scope path (lower case)."""
    cs = net.case_sensitive if case_sensitive is None else case_sensitive
    ground = GROUND.get(net.dialect, frozenset({"0"}))
    out = {"": scope_graph(net.items, [], cs, ground)}
    for scope, it in net.walk():
        if isinstance(it, Subckt):
            key = (f"{scope}/{it.name}" if scope else it.name).lower()
            out[key] = scope_graph(it.items, it.ports, cs, ground)
    return out


def _subdivided(scope: Scope) -> nx.Graph:
    """Edge labels moved onto midpoint nodes, so VF2++ (node labels only) can match terminals."""
    h = nx.Graph()
    for n, label in scope[0].items():
        h.add_node(n, label=label)
    for (u, v), t in scope[1].items():
        mid = ("t", u, v)
        h.add_node(mid, label="t:" + ",".join(t))
        h.add_edge(u, mid)
        h.add_edge(mid, v)
    return h


def _models(net: Netlist) -> dict[str, str]:
    out = {}
    for _, it in net.walk():
        if isinstance(it, Model):
            params = {k: v for k, v in it.params.items() if k not in ("level", "type")}
            mtype = it.mtype
            if mtype in ("nmos", "pmos"):  # no level means level 1 in every SPICE
                level = it.params.get("level", "1")
                dialect = "ngspice" if net.dialect == "spectre" else net.dialect  # Spectre models carry ngspice levels
                mtype += ":" + (mos_family(dialect, level) or level)
            values = "|".join(f"{k}={label_value(v)}" for k, v in sorted(params.items()))
            out[it.name.lower()] = mtype + "|" + " ".join(it.raw.lower().split()) + "|" + values
    return out


@dataclass
class Proof:
    """The outcome of comparing a source with the re-parsed translation."""

    ok: bool
    method: str = ""
    problems: list[str] = field(default_factory=list)
    devices: int = 0
    nets: int = 0
    scopes: int = 0

    def summary(self) -> str:
        if self.ok:
            return f"isomorphic ({self.scopes} scope(s), {self.devices} devices, {self.nets} nets; {self.method})"
        return "not isomorphic: " + "; ".join(self.problems[:3])


def prove(source: Netlist, result: Netlist, *, vf2_limit: int = 4000) -> Proof:
    """Check ``result`` (a re-parsed translation) has the same circuit as ``source``."""
    # a case-insensitive side folds net names; collisions are refused before emitting, so folding is safe.
    # Two Spectre files compare case-sensitively first, then folded (a trip through SPICE lower-cases names).
    cs = source.case_sensitive and result.case_sensitive
    ga, gb = graphs(source, cs), graphs(result, cs)
    if cs and ga != gb:
        fa, fb = graphs(source, False), graphs(result, False)
        if _fold_safe(ga, fa) and _fold_safe(gb, fb):
            ga, gb = fa, fb
    problems: list[str] = []
    methods: set[str] = set()
    devices = nets = 0
    if set(ga) != set(gb):
        problems.append(f"subcircuits differ: only in source {sorted(set(ga) - set(gb))[:5]}, "
                        f"only in result {sorted(set(gb) - set(ga))[:5]}")
    for scope in sorted(set(ga) & set(gb)):
        a, b = ga[scope], gb[scope]
        devices += sum(1 for n in a[0] if n[0] == "d")
        nets += sum(1 for n in a[0] if n[0] == "n")
        if a == b:  # the names already give the isomorphism: identical node labels and terminal edges
            methods.add("name map")
            continue
        if max(len(a[0]), len(b[0])) > vf2_limit:
            problems.append(f"scope {scope or 'top'}: names differ and the graph is too large for a search")
            continue
        sa, sb = _subdivided(a), _subdivided(b)
        # Weisfeiler-Lehman hashes differ => not isomorphic, without a search that can blow up on symmetric circuits
        if nx.weisfeiler_lehman_graph_hash(sa, node_attr="label") != nx.weisfeiler_lehman_graph_hash(sb, node_attr="label"):
            problems.append(f"scope {scope or 'top'}: {_first_difference(a, b)}")
        elif nx.vf2pp_is_isomorphic(sa, sb, node_label="label"):
            methods.add("VF2++")
        else:
            problems.append(f"scope {scope or 'top'}: {_first_difference(a, b)}")
    ma, mb = _models(source), _models(result)
    if ma != mb:
        diff = sorted(k for k in set(ma) | set(mb) if ma.get(k) != mb.get(k))
        problems.append(f"model cards differ: {diff[:5]}")
    return Proof(ok=not problems, method="+".join(sorted(methods)) or "empty", problems=problems, devices=devices,
                 nets=nets, scopes=len(ga))


def _fold_safe(exact: dict[str, Scope], folded: dict[str, Scope]) -> bool:
    """Folding case merged no two nets (or devices) of any scope."""
    return all(len(exact[k][0]) == len(folded.get(k, ({}, {}))[0]) for k in exact) and len(exact) == len(folded)


def _first_difference(a: Scope, b: Scope) -> str:
    la = sorted(a[0].values())
    lb = sorted(b[0].values())
    if la != lb:
        only_a = sorted(set(la) - set(lb))[:2]
        only_b = sorted(set(lb) - set(la))[:2]
        return f"device labels differ: source {only_a} vs result {only_b}"
    return f"same devices, different connections ({len(a[1])} vs {len(b[1])} edges)"


def to_json_graph(net: Netlist) -> dict[str, Any]:
    """The JSON graph form (node-link per scope), as circuit-GNN datasets use."""
    out: dict[str, Any] = {"format": "chipsmith-netlist-graph/1", "title": net.title, "source_dialect": net.dialect, "scopes": {}}
    for scope, (gn, ge) in graphs(net).items():
        nodes = [{"id": f"{k[0]}:{k[1]}", "type": "device" if k[0] == "d" else "net", "label": label}
                 for k, label in sorted(gn.items())]
        edges = [{"device": f"d:{u[1]}", "net": f"n:{v[1]}", "terminals": list(t)} for (u, v), t in ge.items()]
        edges.sort(key=lambda e: (e["device"], e["net"]))
        out["scopes"][scope or "top"] = {"nodes": nodes, "edges": edges}
    return out
