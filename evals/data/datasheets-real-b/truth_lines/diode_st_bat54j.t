v_rrm|VRRM|Repetitive peak reverse voltage|-/-/40 V||2
i_f_avg|IF|Continuous forward current|-/-/300 mA||2
i_fsm|IFSM|Surge non repetitive forward current|-/-/1 A|tp = 10 ms Sinusoidal|2
i_r|IR|Reverse leakage current|-/-/1 uA|VR = 30 V, Tj = 25 °C|2
i_r|IR|Reverse leakage current|-/-/100 uA|VR = 30 V, Tj = 100 °C|2
v_f|VF|Forward voltage drop|-/-/240 mV|Tj = 25 °C, IF = 0.1 mA|2
v_f|VF|Forward voltage drop|-/-/320 mV|Tj = 25 °C, IF = 1 mA|2
v_f|VF|Forward voltage drop|-/-/400 mV|Tj = 25 °C, IF = 10 mA|2
v_f|VF|Forward voltage drop|-/-/500 mV|Tj = 25 °C, IF = 30 mA|2
v_f|VF|Forward voltage drop|-/-/900 mV|Tj = 25 °C, IF = 100 mA|2
c_j|C|Diode capacitance|-/7/10 pF|VR = 1 V, F = 1 MHz|2
t_rr|trr|Reverse recovery time|-/-/5 ns|IF = 10 mA, IR = 10 mA, Tj = 25 °C, Irr = 1 mA, RL = 100 Ω|2
