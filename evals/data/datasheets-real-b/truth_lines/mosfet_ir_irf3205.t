i_d_max|ID|Continuous Drain Current, VGS @ 10V|-/-/110 A|TC = 25°C|1
i_d_max|ID|Continuous Drain Current, VGS @ 10V|-/-/80 A|TC = 100°C|1
i_dm|IDM|Pulsed Drain Current|-/-/390 A||1
v_gs_max|VGS|Gate-to-Source Voltage|-20/-/20 V||1
v_ds_max|V(BR)DSS|Drain-to-Source Breakdown Voltage|55/-/- V|VGS = 0V, ID = 250µA|2
r_ds_on|RDS(on)|Static Drain-to-Source On-Resistance|-/-/8.0 mohm|VGS = 10V, ID = 62A|2
v_gs_th|VGS(th)|Gate Threshold Voltage|2.0/-/4.0 V|VDS = VGS, ID = 250µA|2
g_fs|gfs|Forward Transconductance|44/-/- S|VDS = 25V, ID = 62A|2
i_dss|IDSS|Drain-to-Source Leakage Current|-/-/25 uA|VDS = 55V, VGS = 0V|2
i_dss|IDSS|Drain-to-Source Leakage Current|-/-/250 uA|VDS = 44V, VGS = 0V, TJ = 150°C|2
i_gss|IGSS|Gate-to-Source Forward Leakage|-/-/100 nA|VGS = 20V|2
q_g|Qg|Total Gate Charge|-/-/146 nC|ID = 62A, VDS = 44V, VGS = 10V|2
q_gs|Qgs|Gate-to-Source Charge|-/-/35 nC|ID = 62A, VDS = 44V, VGS = 10V|2
q_gd|Qgd|Gate-to-Drain ("Miller") Charge|-/-/54 nC|ID = 62A, VDS = 44V, VGS = 10V|2
t_d_on|td(on)|Turn-On Delay Time|-/14/- ns|VDD = 28V, ID = 62A, RG = 4.5Ω, VGS = 10V|2
t_r|tr|Rise Time|-/101/- ns|VDD = 28V, ID = 62A, RG = 4.5Ω, VGS = 10V|2
t_d_off|td(off)|Turn-Off Delay Time|-/50/- ns|VDD = 28V, ID = 62A, RG = 4.5Ω, VGS = 10V|2
t_f|tf|Fall Time|-/65/- ns|VDD = 28V, ID = 62A, RG = 4.5Ω, VGS = 10V|2
c_iss|Ciss|Input Capacitance|-/3247/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
c_oss|Coss|Output Capacitance|-/781/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
c_rss|Crss|Reverse Transfer Capacitance|-/211/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
i_s|IS|Continuous Source Current (Body Diode)|-/-/110 A||2
v_sd|VSD|Diode Forward Voltage|-/-/1.3 V|TJ = 25°C, IS = 62A, VGS = 0V|2
t_rr|trr|Reverse Recovery Time|-/69/104 ns|TJ = 25°C, IF = 62A, di/dt = 100A/µs|2
q_rr|Qrr|Reverse Recovery Charge|-/143/215 nC|TJ = 25°C, IF = 62A, di/dt = 100A/µs|2
