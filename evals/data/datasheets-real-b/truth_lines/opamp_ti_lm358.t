# LM358 columns (the second group of the LM158/LM258 | LM358 electrical table); AVD in V/mV is scored in dB (20·log10)
v_supply_max|VCC|Supply voltage|-/-/32 V|single supply (±16 V dual)|4
v_os|VIO|Input offset voltage|-/3/7 mV|VCC = 5 V to MAX, VIC = VICR(min), VO = 1.4 V, TA = 25°C|5
v_os|VIO|Input offset voltage|-/-/9 mV|VCC = 5 V to MAX, VIC = VICR(min), VO = 1.4 V, full range|5
i_os|IIO|Input offset current|-/2/50 nA|VO = 1.4 V, TA = 25°C|5
i_os|IIO|Input offset current|-/-/150 nA|VO = 1.4 V, full range|5
i_b|IIB|Input bias current|-/-20/-250 nA|VO = 1.4 V, TA = 25°C|5
i_b|IIB|Input bias current|-/-/-500 nA|VO = 1.4 V, full range|5
v_oh|VOH|High-level output voltage|26/-/- V|VCC = MAX, RL = 2 kΩ, full range|5
v_oh|VOH|High-level output voltage|27/28/- V|VCC = MAX, RL ≥ 10 kΩ, full range|5
v_ol|VOL|Low-level output voltage|-/5/20 mV|RL ≤ 10 kΩ, full range|5
a_ol|AVD|Large-signal differential voltage amplification|25/100/- V/mV|VCC = 15 V, VO = 1 V to 11 V, RL ≥ 2 kΩ, TA = 25°C|5
a_ol|AVD|Large-signal differential voltage amplification|15/-/- V/mV|VCC = 15 V, VO = 1 V to 11 V, RL ≥ 2 kΩ, full range|5
cmrr|CMRR|Common-mode rejection ratio|65/80/- dB|VCC = 5 V to MAX, VIC = VICR(min), TA = 25°C|5
psrr|kSVR|Supply-voltage rejection ratio|65/100/- dB|VCC = 5 V to MAX, TA = 25°C|5
i_q|ICC|Supply current (two amplifiers)|-/0.7/1.2 mA|VO = 2.5 V, no load, full range|5
i_q|ICC|Supply current (two amplifiers)|-/1/2 mA|VCC = MAX, VO = 0.5 V, no load, full range|5
sr|SR|Slew rate at unity gain|-/0.3/- V/us|VCC = ±15 V, RL = 1 MΩ, CL = 30 pF, VI = ±10 V|9
gbw|B1|Unity-gain bandwidth|-/0.7/- MHz|VCC = ±15 V, RL = 1 MΩ, CL = 20 pF|9
e_n|Vn|Equivalent input noise voltage|-/40/- nV/rtHz|VCC = ±15 V, RS = 100 Ω, VI = 0 V, f = 1 kHz|9
