v_ceo|VCEO|Collector-Emitter Voltage|-/-/-60 V||2
v_cbo|VCBO|Collector-Base Voltage|-/-/-60 V||2
v_ebo|VEBO|Emitter-Base Voltage|-/-/-5.0 V||2
i_c_max|IC|Collector Current - Continuous|-/-/-800 mA||2
v_ceo|V(BR)CEO|Collector-Emitter Breakdown Voltage|-60/-/- V|IC = -10 mA, IB = 0|3
v_cbo|V(BR)CBO|Collector-Base Breakdown Voltage|-60/-/- V|IC = -10 μA, IE = 0|3
v_ebo|V(BR)EBO|Emitter-Base Breakdown Voltage|-5.0/-/- V|IE = -10 μA, IC = 0|3
i_cbo|ICEX|Collector Cut-Off Current|-/-/-50 nA|VCE = -30 V, VEB = -0.5 V|3
i_cbo|ICBO|Collector Cut-Off Current|-/-/-0.02 uA|VCB = -50 V, IE = 0|3
i_cbo|ICBO|Collector Cut-Off Current|-/-/-20 uA|VCB = -50 V, IE = 0, TA = 150°C|3
h_fe|hFE|DC Current Gain|75/-/- 1|IC = -0.1 mA, VCE = -10 V|3
h_fe|hFE|DC Current Gain|100/-/- 1|IC = -1.0 mA, VCE = -10 V|3
h_fe|hFE|DC Current Gain|100/-/- 1|IC = -10 mA, VCE = -10 V|3
h_fe|hFE|DC Current Gain|100/-/300 1|IC = -150 mA, VCE = -10 V|3
h_fe|hFE|DC Current Gain|50/-/- 1|IC = -500 mA, VCE = -10 V|3
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/-0.4 V|IC = -150 mA, IB = -15 mA|3
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/-1.6 V|IC = -500 mA, IB = -50 mA|3
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/-/-1.3 V|IC = -150 mA, IB = -15 mA|3
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/-/-2.6 V|IC = -500 mA, IB = -50 mA|3
f_t|fT|Current Gain - Bandwidth Product|200/-/- MHz|IC = -50 mA, VCE = -20 V, f = 100 MHz|3
c_ob|Cob|Output Capacitance|-/-/8.0 pF|VCB = -10 V, IE = 0, f = 100 kHz|3
c_ib|Cib|Input Capacitance|-/-/30 pF|VEB = -2.0 V, IC = 0, f = 100 kHz|3
t_on|ton|Turn-On Time|-/-/45 ns|VCC = -30 V, IC = -150 mA, IB1 = -15 mA|3
t_d|td|Delay Time|-/-/10 ns|VCC = -30 V, IC = -150 mA, IB1 = -15 mA|3
t_r|tr|Rise Time|-/-/40 ns|VCC = -30 V, IC = -150 mA, IB1 = -15 mA|3
t_off|toff|Turn-Off Time|-/-/100 ns|VCC = -6.0 V, IC = -150 mA, IB1 = IB2 = -15mA|3
t_s|ts|Storage Time|-/-/80 ns|VCC = -6.0 V, IC = -150 mA, IB1 = IB2 = -15mA|3
t_f|tf|Fall Time|-/-/30 ns|VCC = -6.0 V, IC = -150 mA, IB1 = IB2 = -15mA|3
