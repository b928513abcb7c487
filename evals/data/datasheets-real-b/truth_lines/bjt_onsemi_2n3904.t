v_ceo|VCEO|Collector-Emitter Voltage|-/-/40 V||1
v_cbo|VCBO|Collector-Base Voltage|-/-/60 V||1
v_ebo|VEBO|Emitter-Base Voltage|-/-/6.0 V||1
i_c_max|IC|Collector Current - Continuous|-/-/200 mA||1
v_ceo|V(BR)CEO|Collector-Emitter Breakdown Voltage|40/-/- V|IC = 1.0 mAdc, IB = 0|2
v_cbo|V(BR)CBO|Collector-Base Breakdown Voltage|60/-/- V|IC = 10 mAdc, IE = 0|2
v_ebo|V(BR)EBO|Emitter-Base Breakdown Voltage|6.0/-/- V|IE = 10 mAdc, IC = 0|2
i_cbo|ICEX|Collector Cutoff Current|-/-/50 nA|VCE = 30 Vdc, VEB = 3.0 Vdc|2
h_fe|hFE|DC Current Gain|40/-/- 1|IC = 0.1 mAdc, VCE = 1.0 Vdc|2
h_fe|hFE|DC Current Gain|70/-/- 1|IC = 1.0 mAdc, VCE = 1.0 Vdc|2
h_fe|hFE|DC Current Gain|100/-/300 1|IC = 10 mAdc, VCE = 1.0 Vdc|2
h_fe|hFE|DC Current Gain|60/-/- 1|IC = 50 mAdc, VCE = 1.0 Vdc|2
h_fe|hFE|DC Current Gain|30/-/- 1|IC = 100 mAdc, VCE = 1.0 Vdc|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/0.2 V|IC = 10 mAdc, IB = 1.0 mAdc|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/0.3 V|IC = 50 mAdc, IB = 5.0 mAdc|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|0.65/-/0.85 V|IC = 10 mAdc, IB = 1.0 mAdc|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/-/0.95 V|IC = 50 mAdc, IB = 5.0 mAdc|2
f_t|fT|Current-Gain-Bandwidth Product|300/-/- MHz|IC = 10 mAdc, VCE = 20 Vdc, f = 100 MHz|2
c_ob|Cobo|Output Capacitance|-/-/4.0 pF|VCB = 5.0 Vdc, IE = 0, f = 1.0 MHz|2
c_ib|Cibo|Input Capacitance|-/-/8.0 pF|VEB = 0.5 Vdc, IC = 0, f = 1.0 MHz|2
t_d|td|Delay Time|-/-/35 ns|VCC = 3.0 Vdc, VBE = 0.5 Vdc, IC = 10 mAdc, IB1 = 1.0 mAdc|2
t_r|tr|Rise Time|-/-/35 ns|VCC = 3.0 Vdc, VBE = 0.5 Vdc, IC = 10 mAdc, IB1 = 1.0 mAdc|2
t_s|ts|Storage Time|-/-/200 ns|VCC = 3.0 Vdc, IC = 10 mAdc, IB1 = IB2 = 1.0 mAdc|2
t_f|tf|Fall Time|-/-/50 ns|VCC = 3.0 Vdc, IC = 10 mAdc, IB1 = IB2 = 1.0 mAdc|2
