# the PDF's symbol font maps µ to "m" and Ω to "W": SR "V/ms" is V/µs, "RS = 10 W" is 10 Ω
v_supply_max|VS|Supply Voltage (VCC to VEE)|-/-/36 V||1
v_os|VIO|Input Offset Voltage|-/0.3/5.0 mV|RS = 10 Ω, VO = 0 V|2
i_os|IIO|Input Offset Current|-/10/200 nA|VCM = 0 V, VO = 0 V|2
i_b|IIB|Input Bias Current|-/300/1000 nA|VCM = 0 V, VO = 0 V|2
a_ol|AVOL|Large Signal Voltage Gain|90/110/- dB|RL = 2.0 kΩ, VO = ±10 V|2
v_oh|VO+|Output Voltage Swing|10/13.7/- V|RL = 2.0 kΩ, VID = 1.0 V|2
v_ol|VO−|Output Voltage Swing|-/-14.1/-10 V|RL = 2.0 kΩ, VID = 1.0 V|2
v_oh|VO+|Output Voltage Swing|12/13.9/- V|RL = 10 kΩ, VID = 1.0 V|2
v_ol|VO−|Output Voltage Swing|-/-14.7/-12 V|RL = 10 kΩ, VID = 1.0 V|2
cmrr|CMR|Common Mode Rejection|80/100/- dB|Vin = ±12 V|2
psrr|PSR|Power Supply Rejection|80/115/- dB|VS = 15 V to 5.0 V, −15 V to −5.0 V|2
i_q|ID|Power Supply Current (Both Amplifiers)|-/4.0/8.0 mA|VO = 0 V|2
sr|SR|Slew Rate|5.0/7.0/- V/us|Vin = −10 V to +10 V, RL = 2.0 kΩ, AV = +1.0|2
gbw|GBW|Gain Bandwidth Product|10/15/- MHz|f = 100 kHz|2
gbw|fU|Unity Gain Frequency (Open Loop)|-/9.0/- MHz||2
phase_margin|φm|Unity Gain Phase Margin (Open Loop)|-/60/- deg||2
e_n|en|Equivalent Input Noise Voltage|-/4.5/- nV/rtHz|RS = 100 Ω, f = 1.0 kHz|2
