v_rrm|VRRM|Repetitive peak reverse voltage|-/-/60 V||2
i_f_avg|IF(AV)|Average forward current|-/-/5 A|Tl = 100 °C δ = 0.5|2
i_fsm|IFSM|Surge non repetitive forward current|-/-/150 A|Half wave, single phase, tp = 10 ms|2
i_r|IR|Reverse leakage current|-/-/0.22 mA|Tj = 25 °C, VR = VRRM|2
i_r|IR|Reverse leakage current|-/10/25 mA|Tj = 100 °C, VR = VRRM|2
i_r|IR|Reverse leakage current|-/40/100 mA|Tj = 125 °C, VR = VRRM|2
v_f|VF|Forward voltage drop|-/0.47/0.52 V|Tj = 25 °C, IF = 5 A|2
v_f|VF|Forward voltage drop|-/0.43/0.49 V|Tj = 100 °C, IF = 5 A|2
v_f|VF|Forward voltage drop|-/0.42/0.48 V|Tj = 125 °C, IF = 5 A|2
