v_rrm|VRM|Peak reverse voltage|-/-/100 V||1
v_r_max|VR|Reverse voltage|-/-/75 V||1
i_f_avg|IO|Average rectified current|-/-/150 mA||1
i_fsm|IFSM|Surge current|-/-/2 A|1 µs|1
v_f|VF|Forward voltage|-/-/1.0 V|IF = 10 mA|1
v_br|BV|Breakdown voltage|75/-/- V|IR = 5 µA|1
v_br|BV|Breakdown voltage|100/-/- V|IR = 100 µA|1
i_r|IR|Reverse current|-/-/0.025 uA|VR = 20 V, 25 °C|1
i_r|IR|Reverse current|-/-/5.0 uA|VR = 75 V, 25 °C|1
i_r|IR|Reverse current|-/-/50.0 uA|VR = 20 V, 150 °C|1
c_j|Cr|Capacitance between terminals|-/-/4 pF|VR = 0, f = 1 MHz|1
t_rr|trr|Reverse recovery time|-/-/4 ns|VR = 6 V, IF = 10 mA, RL = 100 Ω|1
