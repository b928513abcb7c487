# ± rules: "±X" in the Max column → min −X, max X; "±X" in Typ → typ X; "±X" in Min → min X
v_supply_max|V+ to V–|Supply voltage, V+ to V–|-/-/36 V||4
v_supply_max|VS|Supply voltage, VS = (V+) – (V–)|2.5/15/18 V|dual supplies (±)|4
gbw||Gain-Bandwidth Product|-/8/- MHz|TA = +25°C, VS = ±15 V|5
sr||Slew Rate|15/20/- V/us|TA = +25°C, VS = ±15 V|5
e_n||Input Voltage Noise Density|-/8/- nV/rtHz|f = 1 kHz|5
v_os||Input Offset Voltage|-2/0.5/2 mV|TA = +25°C, VS = ±15 V|5
v_os||Input Offset Voltage|-3/1/3 mV|TA = –40°C to 85°C|5
psrr||Input Offset Voltage vs Power Supply (PSRR)|90/106/- dB|VS = ±2.5 V to ±18 V|5
i_b||Input Bias Current|-100/5/100 pA|VCM = 0 V|5
i_os||Input Offset Current|-50/2/50 pA|VCM = 0 V|5
cmrr||Common-Mode Rejection|86/100/- dB|VCM = –12.5 V to 12.5 V|5
cmrr||Common-Mode Rejection|-/90/- dB|TA = –40°C to 85°C|5
a_ol||Open-Loop Voltage Gain|104/120/- dB|RL = 10 kΩ, VO = –14.5 V to 13.8 V|5
a_ol||Open-Loop Voltage Gain|104/120/- dB|RL = 2 kΩ, VO = –13.8 V to 13.5 V|5
a_ol||Open-Loop Voltage Gain|104/120/- dB|RL = 600 Ω, VO = –12.8 V to 12.5 V|5
r_out||Output Impedance, Open-Loop|-/10/- ohm|f = 10 kHz|6
i_sc||Short-Circuit Current|-/40/- mA||6
i_q||Quiescent Current (per amplifier)|-/4/5 mA|IO = 0|6
