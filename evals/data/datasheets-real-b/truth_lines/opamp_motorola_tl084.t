# TL084C rows: "TL084C" and the "TL08_C" rows (not TL08_AC); page 2 is the full-temperature-range table, page 3 the 25 °C one
v_supply_max|VCC|Supply Voltage|-/-/18 V||2
v_os|VIO|Input Offset Voltage|-/-/20 mV|RS ≤ 10 kΩ, VCM = 0, TA = Tlow to Thigh|2
i_os|IIO|Input Offset Current|-/-/5.0 nA|VCM = 0, TA = Tlow to Thigh|2
i_b|IIB|Input Bias Current|-/-/10 nA|VCM = 0, TA = Tlow to Thigh|2
a_ol|AVOL|Large-Signal Voltage Gain|15/-/- V/mV|VO = ±10 V, RL ≥ 2.0 kΩ, TA = Tlow to Thigh|2
v_os|VIO|Input Offset Voltage|-/5.0/15 mV|RS ≤ 10 kΩ, VCM = 0, TA = 25°C|3
i_os|IIO|Input Offset Current|-/5.0/200 pA|VCM = 0, TA = 25°C|3
i_b|IIB|Input Bias Current|-/30/400 pA|VCM = 0, TA = 25°C|3
a_ol|AVOL|Large Signal Voltage Gain|25/150/- V/mV|VO = ±10 V, RL ≥ 2.0 kΩ, TA = 25°C|3
cmrr|CMRR|Common Mode Rejection Ratio|70/100/- dB|RS ≤ 10 kΩ|3
psrr|PSRR|Supply Voltage Rejection Ratio|70/100/- dB|RS ≤ 10 kΩ|3
i_q|ID|Supply Current (Each Amplifier)|-/1.4/2.8 mA||3
gbw|BW|Unity Gain Bandwidth|-/4.0/- MHz||3
sr|SR|Slew Rate|-/13/- V/us|Vin = 10 V, RL = 2.0 kΩ, CL = 100 pF|3
e_n|en|Equivalent Input Noise Voltage|-/25/- nV/rtHz|RS = 100 Ω, f = 1000 Hz|3
