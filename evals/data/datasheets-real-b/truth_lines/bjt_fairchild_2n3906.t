v_ceo|VCEO|Collector-Emitter Voltage|-/-/-40 V||1
v_cbo|VCBO|Collector-Base Voltage|-/-/-40 V||1
v_ebo|VEBO|Emitter-Base Voltage|-/-/-5.0 V||1
i_c_max|IC|Collector Current - Continuous|-/-/-200 mA||1
v_ceo|V(BR)CEO|Collector-Emitter Breakdown Voltage|-40/-/- V|IC = -1.0 mA, IB = 0|2
v_cbo|V(BR)CBO|Collector-Base Breakdown Voltage|-40/-/- V|IC = -10 µA, IE = 0|2
v_ebo|V(BR)EBO|Emitter-Base Breakdown Voltage|-5.0/-/- V|IE = -10 µA, IC = 0|2
i_cbo|ICEX|Collector Cutoff Current|-/-/-50 nA|VCE = -30 V, VBE = -3.0 V|2
h_fe|hFE|DC Current Gain|60/-/- 1|IC = -0.1 mA, VCE = -1.0 V|2
h_fe|hFE|DC Current Gain|80/-/- 1|IC = -1.0 mA, VCE = -1.0 V|2
h_fe|hFE|DC Current Gain|100/-/300 1|IC = -10 mA, VCE = -1.0 V|2
h_fe|hFE|DC Current Gain|60/-/- 1|IC = -50 mA, VCE = -1.0 V|2
h_fe|hFE|DC Current Gain|30/-/- 1|IC = -100 mA, VCE = -1.0 V|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/-0.25 V|IC = -10 mA, IB = -1.0 mA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/-0.4 V|IC = -50 mA, IB = -5.0 mA|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-0.65/-/-0.85 V|IC = -10 mA, IB = -1.0 mA|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/-/-0.95 V|IC = -50 mA, IB = -5.0 mA|2
f_t|fT|Current Gain - Bandwidth Product|250/-/- MHz|IC = -10 mA, VCE = -20 V, f = 100 MHz|2
c_ob|Cobo|Output Capacitance|-/-/4.5 pF|VCB = -5.0 V, IE = 0, f = 100 kHz|2
c_ib|Cibo|Input Capacitance|-/-/10.0 pF|VEB = -0.5 V, IC = 0, f = 100 kHz|2
t_d|td|Delay Time|-/-/35 ns|VCC = -3.0 V, VBE = -0.5 V, IC = -10 mA, IB1 = -1.0 mA|2
t_r|tr|Rise Time|-/-/35 ns|VCC = -3.0 V, VBE = -0.5 V, IC = -10 mA, IB1 = -1.0 mA|2
t_s|ts|Storage Time|-/-/225 ns|VCC = -3.0 V, IC = -10 mA, IB1 = IB2 = -1.0 mA|2
t_f|tf|Fall Time|-/-/75 ns|VCC = -3.0 V, IC = -10 mA, IB1 = IB2 = -1.0 mA|2
