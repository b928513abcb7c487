# the Ω glyph has no text mapping in this PDF: RDS(on) is printed "0.20" with an empty unit
v_ds_max|VDS|VDS (V)|-/-/-100 V||1
r_ds_on|RDS(on)|RDS(on) (Ω)|-/-/0.20 ohm|VGS = -10 V|1
q_g|Qg|Qg (Max.) (nC)|-/-/61 nC||1
q_gs|Qgs|Qgs (nC)|-/-/14 nC||1
q_gd|Qgd|Qgd (nC)|-/-/29 nC||1
v_gs_max|VGS|Gate-Source Voltage|-20/-/20 V||1
i_d_max|ID|Continuous Drain Current|-/-/-19 A|VGS at -10 V, TC = 25 °C|1
i_d_max|ID|Continuous Drain Current|-/-/-13 A|VGS at -10 V, TC = 100 °C|1
i_dm|IDM|Pulsed Drain Current|-/-/-72 A||1
v_ds_max|VDS|Drain-Source Breakdown Voltage|-100/-/- V|VGS = 0 V, ID = -250 μA|2
v_gs_th|VGS(th)|Gate-Source Threshold Voltage|-2.0/-/-4.0 V|VDS = VGS, ID = -250 μA|2
i_gss|IGSS|Gate-Source Leakage|-100/-/100 nA|VGS = ± 20 V|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-100 uA|VDS = -100 V, VGS = 0 V|2
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/-500 uA|VDS = -80 V, VGS = 0 V, TJ = 150 °C|2
r_ds_on|RDS(on)|Drain-Source On-State Resistance|-/-/0.20 ohm|VGS = -10 V, ID = -11 A|2
g_fs|gfs|Forward Transconductance|6.2/-/- S|VDS = -50 V, ID = -11 A|2
c_iss|Ciss|Input Capacitance|-/1400/- pF|VGS = 0 V, VDS = -25 V, f = 1.0 MHz|2
c_oss|Coss|Output Capacitance|-/590/- pF|VGS = 0 V, VDS = -25 V, f = 1.0 MHz|2
c_rss|Crss|Reverse Transfer Capacitance|-/140/- pF|VGS = 0 V, VDS = -25 V, f = 1.0 MHz|2
q_g|Qg|Total Gate Charge|-/-/61 nC|ID = -19 A, VDS = -80 V, VGS = -10 V|2
q_gs|Qgs|Gate-Source Charge|-/-/14 nC|ID = -19 A, VDS = -80 V, VGS = -10 V|2
q_gd|Qgd|Gate-Drain Charge|-/-/29 nC|ID = -19 A, VDS = -80 V, VGS = -10 V|2
t_d_on|td(on)|Turn-On Delay Time|-/16/- ns|VDD = -50 V, ID = -19 A, Rg = 9.1 Ω, RD = 2.4 Ω|2
t_r|tr|Rise Time|-/73/- ns|VDD = -50 V, ID = -19 A, Rg = 9.1 Ω, RD = 2.4 Ω|2
t_d_off|td(off)|Turn-Off Delay Time|-/34/- ns|VDD = -50 V, ID = -19 A, Rg = 9.1 Ω, RD = 2.4 Ω|2
t_f|tf|Fall Time|-/57/- ns|VDD = -50 V, ID = -19 A, Rg = 9.1 Ω, RD = 2.4 Ω|2
i_s|IS|Continuous Source-Drain Diode Current|-/-/-19 A||2
v_sd|VSD|Body Diode Voltage|-/-/-5.0 V|TJ = 25 °C, IS = -19 A, VGS = 0 V|2
t_rr|trr|Body Diode Reverse Recovery Time|-/130/260 ns|TJ = 25 °C, IF = -19 A, dI/dt = 100 A/μs|2
q_rr|Qrr|Body Diode Reverse Recovery Charge|-/0.35/0.70 uC|TJ = 25 °C, IF = -19 A, dI/dt = 100 A/μs|2
