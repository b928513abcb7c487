v_cbo|VCBO|Collector-Base Voltage|-/-/75 V|IE = 0|1
v_ceo|VCEO|Collector-Emitter Voltage|-/-/40 V|IB = 0|1
v_ebo|VEBO|Emitter-Base Voltage|-/-/6 V|IC = 0|1
i_c_max|IC|Collector Current|-/-/0.8 A||1
i_cbo|ICBO|Collector Cut-off Current|-/-/10 nA|VCB = 60 V|2
i_cbo|ICBO|Collector Cut-off Current|-/-/10 uA|VCB = 60 V, Tcase = 150 °C|2
i_cbo|ICEX|Collector Cut-off Current|-/-/10 nA|VCE = 60 V, VBE = -3V|2
v_cbo|V(BR)CBO|Collector-Base Breakdown Voltage|75/-/- V|IC = 10 µA|2
v_ceo|V(BR)CEO|Collector-Emitter Breakdown Voltage|40/-/- V|IC = 10 mA|2
v_ebo|V(BR)EBO|Emitter-Base Breakdown Voltage|6/-/- V|IE = 10 µA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/0.3 V|IC = 150 mA, IB = 15 mA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/1 V|IC = 500 mA, IB = 50 mA|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|0.6/-/1.2 V|IC = 150 mA, IB = 15 mA|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/-/2 V|IC = 500 mA, IB = 50 mA|2
h_fe|hFE|DC Current Gain|35/-/- 1|IC = 0.1 mA, VCE = 10 V|2
h_fe|hFE|DC Current Gain|50/-/- 1|IC = 1 mA, VCE = 10 V|2
h_fe|hFE|DC Current Gain|75/-/- 1|IC = 10 mA, VCE = 10 V|2
h_fe|hFE|DC Current Gain|100/-/300 1|IC = 150 mA, VCE = 10 V|2
h_fe|hFE|DC Current Gain|40/-/- 1|IC = 500 mA, VCE = 10 V|2
h_fe|hFE|DC Current Gain|50/-/- 1|IC = 150 mA, VCE = 1 V|2
h_fe|hFE|DC Current Gain|35/-/- 1|IC = 10 mA, VCE = 10 V, Tamb = -55 °C|2
f_t|fT|Transition Frequency|300/-/- MHz|IC = 20 mA, VCE = 20 V, f = 100 MHz|2
c_ib|CEBO|Emitter Base Capacitance|-/-/25 pF|IC = 0, VEB = 0.5 V, f = 100KHz|2
c_ob|CCBO|Collector Base Capacitance|-/-/8 pF|IE = 0, VCB = 10 V, f = 100 KHz|2
t_d|td|Delay Time|-/-/10 ns|VCC = 30 V, IC = 150 mA, IB1 = 15 mA, VBB = -0.5 V|3
t_r|tr|Rise Time|-/-/25 ns|VCC = 30 V, IC = 150 mA, IB1 = 15 mA, VBB = -0.5 V|3
t_s|ts|Storage Time|-/-/225 ns|VCC = 30 V, IC = 150 mA, IB1 = -IB2 = 15 mA|3
t_f|tf|Fall Time|-/-/60 ns|VCC = 30 V, IC = 150 mA, IB1 = -IB2 = 15 mA|3
