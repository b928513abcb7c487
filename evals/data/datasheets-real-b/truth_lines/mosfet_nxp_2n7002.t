v_ds_max|VDS|drain-source voltage|-/-/60 V|25 °C ≤ Tj ≤ 150 °C|1
i_d_max|ID|drain current|-/-/300 mA|VGS = 10 V; Tsp = 25 °C|1
r_ds_on|RDSon|drain-source on-state resistance|-/2.8/5 ohm|VGS = 10 V; ID = 500 mA; Tj = 25 °C|1
v_gs_max|VGS|gate-source voltage|-30/-/30 V||2
i_d_max|ID|drain current|-/-/190 mA|VGS = 10 V; Tsp = 100 °C|2
i_dm|IDM|peak drain current|-/-/1.2 A|pulsed; tp ≤ 10 µs; Tsp = 25 °C|2
i_s|IS|source current|-/-/300 mA|Tsp = 25 °C|2
v_ds_max|V(BR)DSS|drain-source breakdown voltage|60/-/- V|ID = 10 µA; VGS = 0 V; Tj = 25 °C|5
v_gs_th|VGSth|gate-source threshold voltage|1/2/2.5 V|ID = 0.25 mA; VDS = VGS; Tj = 25 °C|5
i_dss|IDSS|drain leakage current|-/0.01/1 uA|VDS = 48 V; VGS = 0 V; Tj = 25 °C|5
i_dss|IDSS|drain leakage current|-/-/10 uA|VDS = 48 V; VGS = 0 V; Tj = 150 °C|5
i_gss|IGSS|gate leakage current|-/10/100 nA|VGS = 15 V; VDS = 0 V; Tj = 25 °C|5
r_ds_on|RDSon|drain-source on-state resistance|-/2.8/5 ohm|VGS = 10 V; ID = 500 mA; Tj = 25 °C|5
r_ds_on|RDSon|drain-source on-state resistance|-/-/9.25 ohm|VGS = 10 V; ID = 500 mA; Tj = 150 °C|5
r_ds_on|RDSon|drain-source on-state resistance|-/3.8/5.3 ohm|VGS = 4.5 V; ID = 75 mA; Tj = 25 °C|5
c_iss|Ciss|input capacitance|-/31/50 pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|5
c_oss|Coss|output capacitance|-/6.8/30 pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|5
c_rss|Crss|reverse transfer capacitance|-/3.5/10 pF|VDS = 10 V; f = 1 MHz; VGS = 0 V; Tj = 25 °C|5
t_on|ton|turn-on time|-/2.5/10 ns|VGS = 10 V; VDS = 50 V; RL = 250 Ω; RG(ext) = 50 Ω; RGS = 50 Ω|5
t_off|toff|turn-off time|-/11/15 ns|VGS = 10 V; VDS = 50 V; RL = 250 Ω; RG(ext) = 50 Ω; RGS = 50 Ω|5
v_sd|VSD|source-drain voltage|-/0.85/1.5 V|IS = 300 mA; VGS = 0 V; Tj = 25 °C|5
q_rr|Qr|recovered charge|-/30/- nC|VGS = 0 V; IS = 300 mA; dIS/dt = -100 A/µs|5
t_rr|trr|reverse recovery time|-/30/- ns|VGS = 0 V; IS = 300 mA; dIS/dt = -100 A/µs|5
