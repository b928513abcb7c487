# multi-device tables: the BS170 columns; the Typ column is shared by the VQ1000J/P and BS170 columns
v_ds_max|VDS|Drain-Source Voltage|-/-/60 V|BS170|2
v_gs_max|VGS|Gate-Source Voltage—Continuous|-20/-/20 V|BS170|2
i_d_max|ID|Continuous Drain Current|-/-/0.5 A|TA = 25 °C (TJ = 150 °C)|2
i_d_max|ID|Continuous Drain Current|-/-/0.175 A|TA = 100 °C (TJ = 150 °C)|2
v_ds_max|V(BR)DSS|Drain-Source Breakdown Voltage|60/70/- V|VGS = 0 V, ID = 100 mA|3
v_gs_th|VGS(th)|Gate-Threshold Voltage|0.8/2.1/3 V|VDS = VGS, ID = 1 mA|3
i_gss|IGSS|Gate-Body Leakage|-/-/10 nA|VDS = 0 V, VGS = ±15 V|3
i_dss|IDSS|Zero Gate Voltage Drain Current|-/-/0.5 uA|VDS = 25 V, VGS = 0 V|3
r_ds_on|rDS(on)|Drain-Source On-Resistance|-/2.3/5 ohm|VGS = 10 V, ID = 0.2 A|3
g_fs|gfs|Forward Transconductance|100/-/- mS|VDS = 10 V, ID = 0.2 A|3
c_iss|Ciss|Input Capacitance|-/22/60 pF|VDS = 25 V, VGS = 0 V, f = 1 MHz|3
c_oss|Coss|Output Capacitance|-/11/- pF|VDS = 25 V, VGS = 0 V, f = 1 MHz (shared Typ column)|3
c_rss|Crss|Reverse Transfer Capacitance|-/2/- pF|VDS = 25 V, VGS = 0 V, f = 1 MHz (shared Typ column)|3
t_on|tON|Turn-On Time|-/7/10 ns|VDD = 25 V, RL = 125 Ω, ID ≈ 0.2 A, VGEN = 10 V, RG = 25 Ω|3
t_off|tOFF|Turn-Off Time|-/7/10 ns|VDD = 25 V, RL = 125 Ω, ID ≈ 0.2 A, VGEN = 10 V, RG = 25 Ω|3
