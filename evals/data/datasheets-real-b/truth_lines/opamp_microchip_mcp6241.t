# a "±X" printed in the Typ column alone is scored as typ = X
v_os|VOS|Input Offset Voltage|-5.0/-/5.0 mV|VCM = VSS|3
v_os|VOS|Input Offset Voltage|-7.0/-/7.0 mV|Extended Temperature, TA = -40°C to +125°C, VCM = VSS|3
psrr|PSRR|Power Supply Rejection|-/83/- dB|VCM = VSS|3
i_b|IB|Input Bias Current|-/1.0/- pA||3
i_b|IB|Input Bias Current|-/20/- pA|TA = +85°C|3
i_b|IB|Input Bias Current|-/1100/- pA|TA = +125°C|3
i_os|IOS|Input Offset Current|-/1.0/- pA||3
cmrr|CMRR|Common Mode Rejection Ratio|60/75/- dB|VCM = -0.3V to 5.3V, VDD = 5V|3
a_ol|AOL|DC Open-Loop Gain (large signal)|90/110/- dB|VOUT = 0.3V to VDD – 0.3V, VCM = VSS|3
i_sc|ISC|Output Short-Circuit Current|-/6/- mA|VDD = 1.8V|3
i_sc|ISC|Output Short-Circuit Current|-/23/- mA|VDD = 5.5V|3
v_supply_max|VDD|Supply Voltage|1.8/-/5.5 V||3
i_q|IQ|Quiescent Current per Amplifier|30/50/70 uA|IO = 0, VCM = VDD – 0.5V|3
gbw|GBWP|Gain Bandwidth Product|-/550/- kHz|CL = 60 pF, RL = 10 kΩ|4
phase_margin|PM|Phase Margin|-/68/- deg|G = +1 V/V|4
sr|SR|Slew Rate|-/0.30/- V/us||4
e_n|eni|Input Noise Voltage Density|-/45/- nV/rtHz|f = 1 kHz|4
