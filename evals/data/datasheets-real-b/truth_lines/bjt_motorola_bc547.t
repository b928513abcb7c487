v_ceo|VCEO|Collector-Emitter Voltage|-/-/45 V||1
v_cbo|VCBO|Collector-Base Voltage|-/-/50 V||1
v_ebo|VEBO|Emitter-Base Voltage|-/-/6.0 V||1
i_c_max|IC|Collector Current - Continuous|-/-/100 mA||1
v_ceo|V(BR)CEO|Collector-Emitter Breakdown Voltage|45/-/- V|IC = 1.0 mA, IB = 0|1
v_cbo|V(BR)CBO|Collector-Base Breakdown Voltage|50/-/- V|IC = 100 µAdc|1
v_ebo|V(BR)EBO|Emitter-Base Breakdown Voltage|6.0/-/- V|IE = 10 mA, IC = 0|1
i_cbo|ICES|Collector Cutoff Current|-/0.2/15 nA|VCE = 50 V, VBE = 0|1
i_cbo|ICES|Collector Cutoff Current|-/-/4.0 uA|VCE = 30 V, TA = 125°C|1
h_fe|hFE|DC Current Gain|110/-/800 1|IC = 2.0 mA, VCE = 5.0 V|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/0.09/0.25 V|IC = 10 mA, IB = 0.5 mA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/0.2/0.6 V|IC = 100 mA, IB = 5.0 mA|2
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/0.3/0.6 V|IC = 10 mA, IB = See Note 1|2
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/0.7/- V|IC = 10 mA, IB = 0.5 mA|2
v_be_on|VBE(on)|Base-Emitter On Voltage|0.55/-/0.7 V|IC = 2.0 mA, VCE = 5.0 V|2
v_be_on|VBE(on)|Base-Emitter On Voltage|-/-/0.77 V|IC = 10 mA, VCE = 5.0 V|2
f_t|fT|Current-Gain-Bandwidth Product|150/300/- MHz|IC = 10 mA, VCE = 5.0 V, f = 100 MHz|2
c_ob|Cobo|Output Capacitance|-/1.7/4.5 pF|VCB = 10 V, IC = 0, f = 1.0 MHz|2
c_ib|Cibo|Input Capacitance|-/10/- pF|VEB = 0.5 V, IC = 0, f = 1.0 MHz|2
