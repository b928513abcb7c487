v_rrm|VRRM|Repetitive peak reverse voltage|-/-/100 V||1
v_r_max|VR|Reverse voltage|-/-/75 V||1
i_fsm|IFSM|Peak forward surge current|-/-/2 A|tp = 1 µs|1
i_f_avg|IFAV|Average forward current|-/-/150 mA|VR = 0|1
v_f|VF|Forward voltage|-/-/1000 mV|IF = 10 mA|2
i_r|IR|Reverse current|-/-/25 nA|VR = 20 V|2
i_r|IR|Reverse current|-/-/50 uA|VR = 20 V, Tj = 150 °C|2
i_r|IR|Reverse current|-/-/5 uA|VR = 75 V|2
v_br|V(BR)|Breakdown voltage|100/-/- V|IR = 100 µA, tp/T = 0.01, tp = 0.3 ms|2
c_j|CD|Diode capacitance|-/-/4 pF|VR = 0, f = 1 MHz, VHF = 50 mV|2
t_rr|trr|Reverse recovery time|-/-/8 ns|IF = IR = 10 mA, iR = 1 mA|2
t_rr|trr|Reverse recovery time|-/-/4 ns|IF = 10 mA, VR = 6 V, iR = 0.1 x IR, RL = 100 Ω|2
