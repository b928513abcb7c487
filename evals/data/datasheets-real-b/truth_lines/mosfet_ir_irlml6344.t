v_ds_max|VDS|VDS|-/-/30 V||1
v_gs_max|VGS Max|VGS Max|-12/-/12 V||1
r_ds_on|RDS(on) max|RDS(on) max|-/-/29 mohm|@VGS = 4.5V|1
r_ds_on|RDS(on) max|RDS(on) max|-/-/37 mohm|@VGS = 2.5V|1
i_d_max|ID|Continuous Drain Current, VGS @ 10V|-/-/5.0 A|TA = 25°C|1
i_d_max|ID|Continuous Drain Current, VGS @ 10V|-/-/4.0 A|TA = 70°C|1
i_dm|IDM|Pulsed Drain Current|-/-/25 A||1
v_ds_max|V(BR)DSS|Drain-to-Source Breakdown Voltage|30/-/- V|VGS = 0V, ID = 250μA|2
r_ds_on|RDS(on)|Static Drain-to-Source On-Resistance|-/22/29 mohm|VGS = 4.5V, ID = 5.0A|2
r_ds_on|RDS(on)|Static Drain-to-Source On-Resistance|-/27/37 mohm|VGS = 2.5V, ID = 4.0A|2
v_gs_th|VGS(th)|Gate Threshold Voltage|0.5/0.8/1.1 V|VDS = VGS, ID = 10μA|2
i_dss|IDSS|Drain-to-Source Leakage Current|-/-/1.0 uA|VDS = 24V, VGS = 0V|2
i_dss|IDSS|Drain-to-Source Leakage Current|-/-/150 uA|VDS = 24V, VGS = 0V, TJ = 125°C|2
i_gss|IGSS|Gate-to-Source Forward Leakage|-/-/100 nA|VGS = 12V|2
r_g|RG|Internal Gate Resistance|-/1.7/- ohm||2
g_fs|gfs|Forward Transconductance|19/-/- S|VDS = 10V, ID = 5.0A|2
q_g|Qg|Total Gate Charge|-/6.8/- nC|ID = 5.0A, VDS = 15V, VGS = 4.5V|2
q_gs|Qgs|Gate-to-Source Charge|-/0.3/- nC|ID = 5.0A, VDS = 15V, VGS = 4.5V|2
q_gd|Qgd|Gate-to-Drain ("Miller") Charge|-/2.4/- nC|ID = 5.0A, VDS = 15V, VGS = 4.5V|2
t_d_on|td(on)|Turn-On Delay Time|-/4.2/- ns|VDD = 15V, ID = 1.0A, RG = 6.8Ω, VGS = 4.5V|2
t_r|tr|Rise Time|-/5.6/- ns|VDD = 15V, ID = 1.0A, RG = 6.8Ω, VGS = 4.5V|2
t_d_off|td(off)|Turn-Off Delay Time|-/22/- ns|VDD = 15V, ID = 1.0A, RG = 6.8Ω, VGS = 4.5V|2
t_f|tf|Fall Time|-/9.1/- ns|VDD = 15V, ID = 1.0A, RG = 6.8Ω, VGS = 4.5V|2
c_iss|Ciss|Input Capacitance|-/650/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
c_oss|Coss|Output Capacitance|-/65/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
c_rss|Crss|Reverse Transfer Capacitance|-/46/- pF|VGS = 0V, VDS = 25V, f = 1.0MHz|2
i_s|IS|Continuous Source Current (Body Diode)|-/-/1.3 A||2
v_sd|VSD|Diode Forward Voltage|-/-/1.2 V|TJ = 25°C, IS = 5.0A, VGS = 0V|2
t_rr|trr|Reverse Recovery Time|-/10/15 ns|TJ = 25°C, VR = 15V, IF = 1.3A, di/dt = 100A/μs|2
q_rr|Qrr|Reverse Recovery Charge|-/3.8/5.7 nC|TJ = 25°C, VR = 15V, IF = 1.3A, di/dt = 100A/μs|2
