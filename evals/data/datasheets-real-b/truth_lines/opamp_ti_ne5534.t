# NE5534 (not the A grade): the first TYP column of the operating-characteristics table; AVD in V/mV scored in dB
v_supply_max|VCC+|Supply voltage|5/-/15 V|recommended|3
v_os|VIO|Input offset voltage|-/0.5/4 mV|VO = 0, RS = 50 Ω, TA = 25°C|4
v_os|VIO|Input offset voltage|-/-/5 mV|VO = 0, RS = 50 Ω, TA = full range|4
i_os|IIO|Input offset current|-/20/300 nA|VO = 0, TA = 25°C|4
i_os|IIO|Input offset current|-/-/400 nA|VO = 0, TA = full range|4
i_b|IIB|Input bias current|-/500/1500 nA|VO = 0, TA = 25°C|4
i_b|IIB|Input bias current|-/-/2000 nA|VO = 0, TA = full range|4
a_ol|AVD|Large-signal differential voltage amplification|25/100/- V/mV|VO = ±10 V, RL ≥ 600 Ω, TA = 25°C|4
a_ol|AVD|Large-signal differential voltage amplification|15/-/- V/mV|VO = ±10 V, RL ≥ 600 Ω, TA = full range|4
gbw|B1|Unity-gain bandwidth|-/10/- MHz|CC = 22 pF, CL = 100 pF|4
r_out|zo|Output impedance|-/0.3/- ohm|AVD = 30 dB, RL ≥ 600 Ω, CC = 22 pF, f = 10 kHz|4
cmrr|CMRR|Common-mode rejection ratio|70/100/- dB|VO = 0, VIC = VICRmin, RS = 50 Ω|4
psrr|kSVR|Supply-voltage rejection ratio (ΔVCC/ΔVIO)|80/100/- dB|VCC+ = ±9 V to ±15 V, RS = 50 Ω, VO = 0|4
i_sc|IOS|Output short-circuit current|-/38/- mA||4
i_q|ICC|Supply current|-/4/8 mA|VO = 0, No load, TA = 25°C|4
sr|SR|Slew rate|-/13/- V/us|CC = 0|5
sr|SR|Slew rate|-/6/- V/us|CC = 22 pF|5
e_n|Vn|Equivalent input noise voltage|-/7/- nV/rtHz|f = 30 Hz|5
e_n|Vn|Equivalent input noise voltage|-/4/- nV/rtHz|f = 1 kHz|5
