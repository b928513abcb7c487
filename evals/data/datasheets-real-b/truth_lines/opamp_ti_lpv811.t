# LPV811 rows of the LPV811/LPV812 table; PSRR is printed in µV/V (no dB figure) and is left out; ± rules as in opamp_ti_opa2134
v_supply_max|Vs|Supply voltage, Vs = (V+) - (V-)|-0.3/-/6 V||4
v_supply_max||Supply voltage (V+ – V–)|1.6/-/5.5 V|recommended|4
v_os|VOS|Input offset voltage, LPV811|-370/60/370 uV|VS = 1.8V and 3.3V, VCM = V-|5
cmrr|CMRR|Common-mode rejection ratio, LPV811|77/95/- dB|(V–) ≤ VCM ≤ (V+) – 0.9 V, VS = 3.3V|5
i_b|IB|Input bias current|-/100/- fA|VS = 1.8V|5
i_os|IOS|Input offset current|-/100/- fA|VS = 1.8V|5
e_n|en|Input voltage noise density|-/340/- nV/rtHz|f = 100 Hz|5
e_n|en|Input voltage noise density|-/420/- nV/rtHz|f = 1 kHz|5
a_ol|AOL|Open-loop voltage gain|-/120/- dB|(V–) + 0.3 V ≤ VO ≤ (V+) – 0.3 V, RL = 100 kΩ|5
i_sc|ISC|Short-circuit current|-/4.7/- mA|VS = 3.3V, Short to VS/2|5
r_out|ZO|Open loop output impedance|-/90/- kohm|f = 1 KHz, IO = 0 A|5
gbw|GBP|Gain-bandwidth product|-/8/- kHz|CL = 20 pF, RL = 10 MΩ, VS = 5V|5
sr|SR|Slew rate (10% to 90%)|-/2/- V/ms|G = 1, Rising Edge, CL = 20 pF, VS = 5V|5
sr|SR|Slew rate (10% to 90%)|-/2.1/- V/ms|G = 1, Falling Edge, CL = 20 pF, VS = 5V|5
i_q|IQ|Quiescent Current, LPV811|-/450/540 nA|VCM = V-, IO = 0, VS = 3.3V|5
