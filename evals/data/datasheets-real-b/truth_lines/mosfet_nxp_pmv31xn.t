v_ds_max|VDS|drain-source voltage (DC)|-/-/20 V|25 °C ≤ Tj ≤ 150 °C|2
i_d_max|ID|drain current (DC)|-/-/5.9 A|Tsp = 25 °C; VGS = 4.5 V|2
r_ds_on|RDSon|drain-source on-state resistance|-/31/37 mohm|VGS = 4.5 V; ID = 1.5 A; Tj = 25 °C|2
r_ds_on|RDSon|drain-source on-state resistance|-/44/53 mohm|VGS = 2.5 V; ID = 1 A; Tj = 25 °C|2
v_gs_max|VGS|gate-source voltage (DC)|-12/-/12 V||2
i_d_max|ID|drain current (DC)|-/-/3.75 A|Tsp = 100 °C; VGS = 4.5 V|2
i_dm|IDM|peak drain current|-/-/23.7 A|Tsp = 25 °C; pulsed; tp ≤ 10 µs|2
i_s|IS|source (diode forward) current (DC)|-/-/1.7 A|Tsp = 25 °C|2
v_ds_max|V(BR)DSS|drain-source breakdown voltage|20/-/- V|ID = 250 µA; VGS = 0 V; Tj = 25 °C|5
v_gs_th|VGS(th)|gate-source threshold voltage|0.5/-/1.5 V|ID = 1 mA; VDS = VGS; Tj = 25 °C|5
i_dss|IDSS|drain-source leakage current|-/-/1 uA|VDS = 20 V; VGS = 0 V; Tj = 25 °C|5
i_dss|IDSS|drain-source leakage current|-/-/100 uA|VDS = 20 V; VGS = 0 V; Tj = 150 °C|5
i_gss|IGSS|gate-source leakage current|-/10/100 nA|VGS = ±12 V; VDS = 0 V|5
q_g|Qg(tot)|total gate charge|-/5.8/- nC|VDD = 10 V; VGS = 4.5 V; ID = 6 A|5
q_gs|Qgs|gate-source charge|-/1.4/- nC|VDD = 10 V; VGS = 4.5 V; ID = 6 A|5
q_gd|Qgd|gate-drain (Miller) charge|-/1.7/- nC|VDD = 10 V; VGS = 4.5 V; ID = 6 A|5
c_iss|Ciss|input capacitance|-/410/- pF|VGS = 0 V; VDS = 20 V; f = 1 MHz|5
c_oss|Coss|output capacitance|-/115/- pF|VGS = 0 V; VDS = 20 V; f = 1 MHz|5
c_rss|Crss|reverse transfer capacitance|-/80/- pF|VGS = 0 V; VDS = 20 V; f = 1 MHz|5
t_d_on|td(on)|turn-on delay time|-/10/- ns|VDD = 10 V; RD = 10 Ω; VGS = 4.5 V; RG = 6 Ω|5
t_r|tr|rise time|-/15/- ns|VDD = 10 V; RD = 10 Ω; VGS = 4.5 V; RG = 6 Ω|5
t_d_off|td(off)|turn-off delay time|-/25/- ns|VDD = 10 V; RD = 10 Ω; VGS = 4.5 V; RG = 6 Ω|5
t_f|tf|fall time|-/12/- ns|VDD = 10 V; RD = 10 Ω; VGS = 4.5 V; RG = 6 Ω|5
v_sd|VSD|source-drain (diode forward) voltage|-/0.75/1.2 V|IS = 1.5 A; VGS = 0 V|5
