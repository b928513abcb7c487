v_rrm|VRRM|Peak inverse voltage|-/-/70 V||1
i_fsm|IFSM|Maximum single cycle surge|-/-/2.0 A|10 µs square wave|1
v_br|VR|Reverse breakdown voltage|70/-/- V|IR = 10 µA|2
i_r|IR|Leakage current|-/-/200 nA|VR = 50 V|2
v_f|VF|Forward voltage drop|-/-/0.41 V|IF = 1.0 mA|2
v_f|VF|Forward voltage drop|-/-/1.0 V|IF = 15 mA|2
c_j|Ctot|Junction capacitance|-/-/2.0 pF|VR = 0 V, f = 1.0 MHz|2
t_rr|trr|Reverse recovery time|-/-/1.0 ns|IF = IR = 5.0 mA, recover to 0.1 IR|2
