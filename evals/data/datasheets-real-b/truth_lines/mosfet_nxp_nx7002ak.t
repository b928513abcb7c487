v_ds_max|VDS|drain-source voltage|-/-/60 V|Tj = 25 °C|1
v_gs_max|VGS|gate-source voltage|-20/-/20 V||1
i_d_max|ID|drain current|-/-/300 mA|VGS = 10 V; Tsp = 25 °C|1
i_d_max|ID|drain current|-/-/190 mA|VGS = 10 V; Tamb = 25 °C|1
r_ds_on|RDSon|drain-source on-state resistance|-/3/4.5 ohm|VGS = 10 V; ID = 100 mA; Tj = 25 °C|1
i_d_max|ID|drain current|-/-/120 mA|VGS = 10 V; Tamb = 100 °C|3
i_dm|IDM|peak drain current|-/-/760 mA|Tamb = 25 °C; single pulse; tp ≤ 10 µs|3
i_s|IS|source current|-/-/190 mA|Tamb = 25 °C|3
v_ds_max|V(BR)DSS|drain-source breakdown voltage|60/-/- V|ID = 250 µA; VGS = 0 V; Tj = 25 °C|6
v_gs_th|VGSth|gate-source threshold voltage|1.1/1.6/2.1 V|ID = 250 µA; VDS = VGS; Tj = 25 °C|6
i_dss|IDSS|drain leakage current|-/-/1 uA|VDS = 60 V; VGS = 0 V; Tj = 25 °C|6
i_dss|IDSS|drain leakage current|-/-/10 uA|VDS = 60 V; VGS = 0 V; Tj = 150 °C|6
i_gss|IGSS|gate leakage current|-/-/2 uA|VGS = 20 V; VDS = 0 V; Tj = 25 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/6.2/9.2 ohm|VGS = 10 V; ID = 100 mA; Tj = 150 °C|6
r_ds_on|RDSon|drain-source on-state resistance|-/3.7/5.2 ohm|VGS = 5 V; ID = 100 mA; Tj = 25 °C|6
g_fs|gfs|forward transconductance|-/500/- mS|VDS = 10 V; ID = 200 mA; Tj = 25 °C|6
q_g|QG(tot)|total gate charge|-/0.33/0.43 nC|VDS = 30 V; ID = 200 mA; VGS = 4.5 V; Tj = 25 °C|6
q_gs|QGS|gate-source charge|-/0.12/- nC|VDS = 30 V; ID = 200 mA; VGS = 4.5 V; Tj = 25 °C|6
q_gd|QGD|gate-drain charge|-/0.09/- nC|VDS = 30 V; ID = 200 mA; VGS = 4.5 V; Tj = 25 °C|6
c_iss|Ciss|input capacitance|-/15/20 pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|6
c_oss|Coss|output capacitance|-/3.4/- pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|6
c_rss|Crss|reverse transfer capacitance|-/2/- pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|6
t_d_on|td(on)|turn-on delay time|-/6/12 ns|VDS = 40 V; RL = 250 Ω; VGS = 10 V; RG(ext) = 6 Ω; Tj = 25 °C|6
t_r|tr|rise time|-/7/- ns|VDS = 40 V; RL = 250 Ω; VGS = 10 V; RG(ext) = 6 Ω; Tj = 25 °C|6
t_d_off|td(off)|turn-off delay time|-/11/20 ns|VDS = 40 V; RL = 250 Ω; VGS = 10 V; RG(ext) = 6 Ω; Tj = 25 °C|6
t_f|tf|fall time|-/5/- ns|VDS = 40 V; RL = 250 Ω; VGS = 10 V; RG(ext) = 6 Ω; Tj = 25 °C|6
v_sd|VSD|source-drain voltage|0.47/0.8/1.2 V|IS = 115 mA; VGS = 0 V; Tj = 25 °C|6
