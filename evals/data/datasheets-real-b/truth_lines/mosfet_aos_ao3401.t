v_ds_max|VDS|VDS|-/-/-30 V||1
i_d_max|ID|ID (at VGS=-10V)|-/-/-4.0 A|VGS = -10V|1
r_ds_on|RDS(ON)|RDS(ON) (at VGS=-10V)|-/-/50 mohm|VGS = -10V|1
r_ds_on|RDS(ON)|RDS(ON) (at VGS=-4.5V)|-/-/60 mohm|VGS = -4.5V|1
r_ds_on|RDS(ON)|RDS(ON) (at VGS=-2.5V)|-/-/85 mohm|VGS = -2.5V|1
v_gs_max|VGS|Gate-Source Voltage|-12/-/12 V||1
i_d_max|ID|Continuous Drain Current|-/-/-3.2 A|TA=70°C|1
i_dm|IDM|Pulsed Drain Current|-/-/-27 A||1
v_ds_max|BVDSS|Drain-Source Breakdown Voltage|-30/-/- V|ID=-250µA, VGS=0V|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-1 uA|VDS=-30V, VGS=0V|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-5 uA|VDS=-30V, VGS=0V, TJ=55°C|2
i_gss|IGSS|Gate-Body leakage current|-100/-/100 nA|VDS=0V, VGS= ±12V|2
v_gs_th|VGS(th)|Gate Threshold Voltage|-0.5/-0.9/-1.3 V|VDS=VGS ID=-250µA|2
r_ds_on|RDS(ON)|Static Drain-Source On-Resistance|-/41/50 mohm|VGS=-10V, ID=-4.0A|2
r_ds_on|RDS(ON)|Static Drain-Source On-Resistance|-/62/75 mohm|VGS=-10V, ID=-4.0A, TJ=125°C|2
r_ds_on|RDS(ON)|Static Drain-Source On-Resistance|-/47/60 mohm|VGS=-4.5V, ID=-3.7A|2
r_ds_on|RDS(ON)|Static Drain-Source On-Resistance|-/60/85 mohm|VGS=-2.5V, ID=-2A|2
g_fs|gFS|Forward Transconductance|-/17/- S|VDS=-5V, ID=-4.0A|2
v_sd|VSD|Diode Forward Voltage|-/-0.7/-1 V|IS=1A, VGS=0V|2
i_s|IS|Maximum Body-Diode Continuous Current|-/-/-2 A||2
c_iss|Ciss|Input Capacitance|-/645/- pF|VGS=0V, VDS=-15V, f=1MHz|2
c_oss|Coss|Output Capacitance|-/80/- pF|VGS=0V, VDS=-15V, f=1MHz|2
c_rss|Crss|Reverse Transfer Capacitance|-/55/- pF|VGS=0V, VDS=-15V, f=1MHz|2
r_g|Rg|Gate resistance|4/7.8/12 ohm|VGS=0V, VDS=0V, f=1MHz|2
q_g|Qg(10V)|Total Gate Charge|-/14/- nC|VGS=-10V, VDS=-15V, ID=-4.0A|2
q_g|Qg(4.5V)|Total Gate Charge|-/7/- nC|VGS=-4.5V, VDS=-15V, ID=-4.0A|2
q_gs|Qgs|Gate Source Charge|-/1.5/- nC|VGS=-10V, VDS=-15V, ID=-4.0A|2
q_gd|Qgd|Gate Drain Charge|-/2.5/- nC|VGS=-10V, VDS=-15V, ID=-4.0A|2
t_d_on|tD(on)|Turn-On DelayTime|-/6.5/- ns|VGS=-10V, VDS=-15V, RL=3.75Ω, RGEN=3Ω|2
t_r|tr|Turn-On Rise Time|-/3.5/- ns|VGS=-10V, VDS=-15V, RL=3.75Ω, RGEN=3Ω|2
t_d_off|tD(off)|Turn-Off DelayTime|-/41/- ns|VGS=-10V, VDS=-15V, RL=3.75Ω, RGEN=3Ω|2
t_f|tf|Turn-Off Fall Time|-/9/- ns|VGS=-10V, VDS=-15V, RL=3.75Ω, RGEN=3Ω|2
t_rr|trr|Body Diode Reverse Recovery Time|-/11/- ns|IF=-4.0A, dI/dt=100A/µs|2
q_rr|Qrr|Body Diode Reverse Recovery Charge|-/3.5/- nC|IF=-4.0A, dI/dt=100A/µs|2
