v_ds_max|VDS|drain-source voltage|-/-/30 V|Tj ≥ 25 °C; Tj ≤ 175 °C|1
i_d_max|ID|drain current|-/-/30 A|Tmb = 25 °C; VGS = 10 V|1
r_ds_on|RDSon|drain-source on-state resistance|-/27/34 mohm|VGS = 4.5 V; ID = 5 A; Tj = 25 °C|1
r_ds_on|RDSon|drain-source on-state resistance|-/19/22 mohm|VGS = 10 V; ID = 5 A; Tj = 25 °C|1
q_gd|QGD|gate-drain charge|-/1.4/- nC|VGS = 4.5 V; ID = 5 A; VDS = 15 V|1
q_g|QG(tot)|total gate charge|-/4.4/- nC|VGS = 4.5 V; ID = 5 A; VDS = 15 V|1
v_gs_max|VGS|gate-source voltage|-20/-/20 V||3
i_d_max|ID|drain current|-/-/22 A|VGS = 10 V; Tmb = 100 °C|3
i_dm|IDM|peak drain current|-/-/125 A|pulsed; tp ≤ 10 µs; Tmb = 25 °C|3
i_s|IS|source current|-/-/30 A|Tmb = 25 °C|3
v_ds_max|V(BR)DSS|drain-source breakdown voltage|30/-/- V|ID = 250 µA; VGS = 0 V; Tj = 25 °C|6
v_gs_th|VGS(th)|gate-source threshold voltage|1.3/1.7/2.15 V|ID = 1 mA; VDS = VGS; Tj = 25 °C|6
i_dss|IDSS|drain leakage current|-/0.3/1 uA|VDS = 30 V; VGS = 0 V; Tj = 25 °C|6
i_dss|IDSS|drain leakage current|-/-/50 uA|VDS = 30 V; VGS = 0 V; Tj = 125 °C|6
i_gss|IGSS|gate leakage current|-/10/100 nA|VGS = 16 V; VDS = 0 V; Tj = 25 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/-/64.6 mohm|VGS = 4.5 V; ID = 5 A; Tj = 175 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/27/34 mohm|VGS = 4.5 V; ID = 5 A; Tj = 25 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/35/41.8 mohm|VGS = 10 V; ID = 5 A; Tj = 175 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/-/31 mohm|VGS = 10 V; ID = 5 A; Tj = 100 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/19/22 mohm|VGS = 10 V; ID = 5 A; Tj = 25 °C|6
r_g|RG|gate resistance|-/2/- ohm|f = 1 MHz|6
q_g|QG(tot)|total gate charge|-/9/- nC|ID = 5 A; VDS = 15 V; VGS = 10 V|6
q_g|QG(tot)|total gate charge|-/8/- nC|ID = 0 A; VDS = 0 V; VGS = 10 V|6
q_g|QG(tot)|total gate charge|-/4.4/- nC|ID = 5 A; VDS = 15 V; VGS = 4.5 V|6
q_gs|QGS|gate-source charge|-/1.6/- nC|ID = 5 A; VDS = 15 V; VGS = 4.5 V|6
q_gd|QGD|gate-drain charge|-/1.4/- nC|ID = 5 A; VDS = 15 V; VGS = 4.5 V|6
c_iss|Ciss|input capacitance|-/447/- pF|VDS = 15 V; VGS = 0 V; f = 1 MHz; Tj = 25 °C|6
c_oss|Coss|output capacitance|-/96/- pF|VDS = 15 V; VGS = 0 V; f = 1 MHz; Tj = 25 °C|6
c_rss|Crss|reverse transfer capacitance|-/61/- pF|VDS = 15 V; VGS = 0 V; f = 1 MHz; Tj = 25 °C|6
t_d_on|td(on)|turn-on delay time|-/12/- ns|VDS = 15 V; RL = 1.5 Ω; VGS = 4.5 V; RG(ext) = 4.7 Ω|7
t_r|tr|rise time|-/29/- ns|VDS = 15 V; RL = 1.5 Ω; VGS = 4.5 V; RG(ext) = 4.7 Ω|7
t_d_off|td(off)|turn-off delay time|-/17/- ns|VDS = 15 V; RL = 1.5 Ω; VGS = 4.5 V; RG(ext) = 4.7 Ω|7
t_f|tf|fall time|-/7/- ns|VDS = 15 V; RL = 1.5 Ω; VGS = 4.5 V; RG(ext) = 4.7 Ω|7
v_sd|VSD|source-drain voltage|-/0.7/1.2 V|IS = 5 A; VGS = 0 V; Tj = 25 °C|7
t_rr|trr|reverse recovery time|-/22/- ns|IS = 5 A; dIS/dt = -100 A/µs|7
