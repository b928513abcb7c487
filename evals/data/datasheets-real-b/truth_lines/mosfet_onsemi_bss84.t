# the PDF's symbol font maps µ to "m" and Ω to "W" in the text layer: values are read with the printed glyphs µA and Ω
v_ds_max|VDSS|Drain-Source Voltage|-/-/-50 V||2
v_gs_max|VGSS|Gate-Source Voltage|-20/-/20 V||2
i_d_max|ID|Drain Current - Continuous|-/-/-0.13 A||2
i_dm|ID|Drain Current - Pulsed|-/-/-0.52 A||2
v_ds_max|BVDSS|Drain-Source Breakdown Voltage|-50/-/- V|VGS = 0 V, ID = -250 µA|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-15 uA|VDS = -50 V, VGS = 0 V|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-60 uA|VDS = -50 V, VGS = 0 V, TJ = 125°C|2
i_gss|IGSS|Gate-Body Leakage|-10/-/10 nA|VGS = ±20 V, VDS = 0 V|2
v_gs_th|VGS(th)|Gate Threshold Voltage|-0.8/-1.7/-2 V|VDS = VGS, ID = -1 mA|2
r_ds_on|RDS(on)|Static Drain-Source On-Resistance|-/1.2/10 ohm|VGS = -5 V, ID = -0.10 A|2
r_ds_on|RDS(on)|Static Drain-Source On-Resistance|-/1.9/17 ohm|VGS = -5 V, ID = -0.10 A, TJ = 125°C|2
g_fs|gFS|Forward Transconductance|0.05/0.6/- S|VDS = -25 V, ID = -0.10 A|2
c_iss|Ciss|Input Capacitance|-/73/- pF|VDS = -25 V, VGS = 0 V, f = 1.0 MHz|2
c_oss|Coss|Output Capacitance|-/10/- pF|VDS = -25 V, VGS = 0 V, f = 1.0 MHz|2
c_rss|Crss|Reverse Transfer Capacitance|-/5/- pF|VDS = -25 V, VGS = 0 V, f = 1.0 MHz|2
r_g|RG|Gate Resistance|-/9/- ohm|VGS = 15 mV, f = 1.0 MHz|2
t_d_on|td(on)|Turn-On Delay Time|-/2.5/5.0 ns|VDD = -30 V, ID = -0.27 A, VGS = -10 V, RGEN = 6 Ω|3
t_r|tr|Turn-On Rise Time|-/6.3/13 ns|VDD = -30 V, ID = -0.27 A, VGS = -10 V, RGEN = 6 Ω|3
t_d_off|td(off)|Turn-Off Delay Time|-/10/20 ns|VDD = -30 V, ID = -0.27 A, VGS = -10 V, RGEN = 6 Ω|3
t_f|tf|Turn-Off Fall Time|-/4.8/9.6 ns|VDD = -30 V, ID = -0.27 A, VGS = -10 V, RGEN = 6 Ω|3
q_g|Qg|Total Gate Charge|-/0.9/1.3 nC|VDS = -25 V, ID = -0.10 A, VGS = -5 V|3
q_gs|Qgs|Gate-Source Charge|-/0.2/- nC|VDS = -25 V, ID = -0.10 A, VGS = -5 V|3
q_gd|Qgd|Gate-Drain Charge|-/0.3/- nC|VDS = -25 V, ID = -0.10 A, VGS = -5 V|3
i_s|IS|Maximum Continuous Drain-Source Diode Forward Current|-/-/-0.13 A||3
v_sd|VSD|Drain-Source Diode Forward Voltage|-/-0.8/-1.2 V|VGS = 0 V, IS = -0.26 A|3
t_rr|trr|Diode Reverse Recovery Time|-/10/- ns|IF = -0.1 A, dIF/dt = 100 A/µs|3
q_rr|Qrr|Diode Reverse Recovery Charge|-/3/- nC|IF = -0.1 A, dIF/dt = 100 A/µs|3
