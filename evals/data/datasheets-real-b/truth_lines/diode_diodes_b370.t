v_rrm|VRRM|Peak Repetitive Reverse Voltage|-/-/70 V||2
v_r_max|VR|DC Blocking Voltage|-/-/70 V||2
i_f_avg|IO|Average Rectified Output Current|-/-/3.0 A|@ TT = 90°C|2
i_fsm|IFSM|Non-Repetitive Peak Forward Surge Current|-/-/100 A|8.3ms single half sine-wave superimposed on rated load|2
v_f|VF|Forward Voltage Drop|-/-/0.79 V|IF = 3.0A, TA = 25°C|2
v_f|VF|Forward Voltage Drop|-/-/0.69 V|IF = 3.0A, TA = 100°C|2
i_r|IR|Leakage Current|-/-/0.5 mA|@ Rated VR, TA = 25°C|2
i_r|IR|Leakage Current|-/-/20 mA|@ Rated VR, TA = 100°C|2
c_j|CT|Total Capacitance|-/-/100 pF|VR = 4V, f = 1MHz|2
