v_ceo|VCEO|Collector-Emitter Voltage|-/-/60 V|IB = 0|1
v_cbo|VCBO|Collector-Base Voltage|-/-/70 V|IE = 0|1
v_ebo|VEBO|Emitter-Base Voltage|-/-/5 V|IC = 0|1
i_c_max|IC|Collector Current|-/-/10 A||1
i_cbo|ICEX|Collector Cut-off Current|-/-/1 mA|VCE = 70 V, VBE = 1.5V|2
i_cbo|ICEX|Collector Cut-off Current|-/-/5 mA|VCE = 70 V, VBE = 1.5V, TCASE = 150 °C|2
i_cbo|ICBO|Collector Cut-off Current|-/-/1 mA|VCBO = 70 V|2
i_cbo|ICBO|Collector Cut-off Current|-/-/10 mA|VCBO = 70 V, TCASE = 150 °C|2
v_ceo|VCEO(sus)|Collector-Emitter Sustaining Voltage|60/-/- V|IC = 200 mA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/1.1 V|IC = 4 A, IB = 0.4 A|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/8 V|IC = 10 A, IB = 3.3 A|2
v_be_on|VBE(on)|Base-Emitter on Voltage|-/-/1.8 V|IC = 4 A, VCE = 4 V|2
h_fe|hFE|DC Current Gain|20/-/70 1|IC = 4 A, VCE = 4 V|2
h_fe|hFE|DC Current Gain|5/-/- 1|IC = 10 A, VCE = 4 V|2
f_t|fT|Transistor Frequency|2/-/- MHz|IC = 500 mA, VCE = 10 V, f = 500 KHz|2
