v_r_max|VR|Diode reverse voltage|-/-/4 V||2
i_f_avg|IF|Forward current|-/-/110 mA||2
v_br|VBR|Breakdown voltage|4/-/- V|IR = 100 µA|3
i_r|IR|Reverse current|-/-/5 uA|VR = 1 V|3
v_f|VF|Forward voltage|0.16/0.25/0.32 V|IF = 1 mA|3
v_f|VF|Forward voltage|0.25/0.35/0.41 V|IF = 10 mA|3
c_j|C|Capacitance|-/0.28/0.35 pF|VR = 0 V, f = 1 MHz|3
