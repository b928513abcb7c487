v_cbo|VCBO|Collector-Base Voltage|-/-/60 V||2
v_ceo|VCEO|Collector-Emitter Voltage|-/-/40 V||2
v_ebo|VEBO|Emitter-Base Voltage|-/-/6.0 V||2
i_c_max|IC|Collector Current|-/-/200 mA||2
v_cbo|BVCBO|Collector-Base Breakdown Voltage|60/-/- V|IC = 100μA, IE = 0|3
v_ceo|BVCEO|Collector-Emitter Breakdown Voltage|40/-/- V|IC = 1.0mA, IB = 0|3
v_ebo|BVEBO|Emitter-Base Breakdown Voltage|6.0/-/- V|IE = 100µA, IC = 0|3
i_cbo|ICEX|Collector Cutoff Current|-/-/50 nA|VCE = 30V, VEB(OFF) = 3.0V|3
h_fe|hFE|DC Current Gain|40/-/- 1|IC = 100µA, VCE = 1.0V|3
h_fe|hFE|DC Current Gain|70/-/- 1|IC = 1.0mA, VCE = 1.0V|3
h_fe|hFE|DC Current Gain|100/-/300 1|IC = 10mA, VCE = 1.0V|3
h_fe|hFE|DC Current Gain|60/-/- 1|IC = 50mA, VCE = 1.0V|3
h_fe|hFE|DC Current Gain|30/-/- 1|IC = 100mA, VCE = 1.0V|3
v_ce_sat|VCE(SAT)|Collector-Emitter Saturation Voltage|-/-/200 mV|IC = 10mA, IB = 1.0mA|3
v_ce_sat|VCE(SAT)|Collector-Emitter Saturation Voltage|-/-/300 mV|IC = 50mA, IB = 5.0mA|3
# the datasheet prints the minimum as 0.65 in an mV column: read as 0.65 V (650 mV)
v_be_sat|VBE(SAT)|Base-Emitter Saturation Voltage|650/-/850 mV|IC = 10mA, IB = 1.0mA|3
v_be_sat|VBE(SAT)|Base-Emitter Saturation Voltage|-/-/950 mV|IC = 50mA, IB = 5.0mA|3
c_ob|Cobo|Output Capacitance|-/-/4.0 pF|VCB = 5.0V, f = 1.0MHz, IE = 0|3
c_ib|Cibo|Input Capacitance|-/-/8.0 pF|VEB = 0.5V, f = 1.0MHz, IC = 0|3
f_t|fT|Current Gain-Bandwidth Product|300/-/- MHz|VCE = 20V, IC = 10mA, f = 100MHz|3
t_d|td|Delay Time|-/-/35 ns|VCC = 3.0V, IC = 10mA, VBE(off) = -0.5V, IB1 = 1.0mA|3
t_r|tr|Rise Time|-/-/35 ns|VCC = 3.0V, IC = 10mA, VBE(off) = -0.5V, IB1 = 1.0mA|3
t_s|ts|Storage Time|-/-/200 ns|VCC = 3.0V, IC = 10mA, IB1 = IB2 = 1.0mA|3
t_f|tf|Fall Time|-/-/50 ns|VCC = 3.0V, IC = 10mA, IB1 = IB2 = 1.0mA|3
