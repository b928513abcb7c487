v_ds_max|VDS|VDS|-/-/800 V||1
r_ds_on|RDS(on)|RDS(on)|-/-/0.29 ohm||1
i_d_max|ID|ID|-/-/17 A||1
i_d_max|ID|Continuous drain current|-/-/17 A|TC = 25 °C, SPP|1
i_d_max|ID|Continuous drain current|-/-/11 A|TC = 100 °C, SPP|1
i_dm|ID puls|Pulsed drain current, tp limited by Tjmax|-/-/51 A|SPP|1
v_gs_max|VGS|Gate source voltage|-20/-/20 V|SPP|1
v_ds_max|V(BR)DSS|Drain-source breakdown voltage|800/-/- V|VGS=0V, ID=0.25mA|2
v_gs_th|VGS(th)|Gate threshold voltage|2.1/3/3.9 V|ID=1000µA, VGS=VDS|2
i_dss|IDSS|Zero gate voltage drain current|-/0.5/25 uA|VDS=800V, VGS=0V, Tj=25°C|2
i_dss|IDSS|Zero gate voltage drain current|-/-/250 uA|VDS=800V, VGS=0V, Tj=150°C|2
i_gss|IGSS|Gate-source leakage current|-/-/100 nA|VGS=20V, VDS=0V|2
r_ds_on|RDS(on)|Drain-source on-state resistance|-/0.25/0.29 ohm|VGS=10V, ID=11A, Tj=25°C|2
r_ds_on|RDS(on)|Drain-source on-state resistance|-/0.78/- ohm|VGS=10V, ID=11A, Tj=150°C|2
r_g|RG|Gate input resistance|-/0.7/- ohm|f=1MHz, open drain|2
g_fs|gfs|Transconductance|-/15/- S|VDS≥2*ID*RDS(on)max, ID=11A|3
c_iss|Ciss|Input capacitance|-/2320/- pF|VGS=0V, VDS=25V, f=1MHz|3
c_oss|Coss|Output capacitance|-/1250/- pF|VGS=0V, VDS=25V, f=1MHz|3
c_rss|Crss|Reverse transfer capacitance|-/60/- pF|VGS=0V, VDS=25V, f=1MHz|3
t_d_on|td(on)|Turn-on delay time|-/25/- ns|VDD=400V, VGS=0/10V, ID=17A, RG=4.7Ω, Tj=125°C|3
t_r|tr|Rise time|-/15/- ns|VDD=400V, VGS=0/10V, ID=17A, RG=4.7Ω, Tj=125°C|3
t_d_off|td(off)|Turn-off delay time|-/72/82 ns|VDD=400V, VGS=0/10V, ID=17A, RG=4.7Ω, Tj=125°C|3
t_f|tf|Fall time|-/6/9 ns|VDD=400V, VGS=0/10V, ID=17A, RG=4.7Ω, Tj=125°C|3
q_gs|Qgs|Gate to source charge|-/12/- nC|VDD=640V, ID=17A|3
q_gd|Qgd|Gate to drain charge|-/46/- nC|VDD=640V, ID=17A|3
q_g|Qg|Gate charge total|-/91/177 nC|VDD=640V, ID=17A, VGS=0 to 10V|3
i_s|IS|Inverse diode continuous forward current|-/-/17 A|TC=25°C|4
v_sd|VSD|Inverse diode forward voltage|-/1/1.2 V|VGS=0V, IF=IS|4
t_rr|trr|Reverse recovery time|-/550/- ns|VR=400V, IF=IS, diF/dt=100A/µs|4
q_rr|Qrr|Reverse recovery charge|-/15/- uC|VR=400V, IF=IS, diF/dt=100A/µs|4
