v_rrm|VRRM|Peak Repetitive Reverse Voltage|-/-/1000 V||2
i_f_avg|IF(AV)|Average Rectified Forward Current|-/-/1.0 A|.375" Lead Length at TA = 75°C|2
i_fsm|IFSM|Non-Repetitive Peak Forward Surge Current|-/-/30 A|8.3 ms Single Half-Sine-Wave|2
v_f|VF|Forward Voltage|-/-/1.1 V|IF = 1.0 A|3
i_r|IR|Reverse Current at Rated VR|-/-/5.0 uA|TA = 25°C|3
i_r|IR|Reverse Current at Rated VR|-/-/50 uA|TA = 100°C|3
c_j|CT|Total Capacitance|-/-/15 pF|VR = 4.0 V, f = 1.0 MHz|3
