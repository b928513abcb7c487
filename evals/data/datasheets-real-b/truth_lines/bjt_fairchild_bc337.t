v_ceo|VCEO|Collector-Emitter Voltage|-/-/45 V|BC337|1
v_ebo|VEBO|Emitter-Base Voltage|-/-/5 V||1
i_c_max|IC|Collector Current (DC)|-/-/800 mA||1
v_ceo|BVCEO|Collector-Emitter Breakdown Voltage|45/-/- V|IC=10mA, IB=0|1
v_ebo|BVEBO|Emitter-Base Breakdown Voltage|5/-/- V|IE=0.1mA, IC=0|1
i_cbo|ICES|Collector Cut-off Current|-/2/100 nA|VCE=45V, IB=0|1
h_fe|hFE1|DC Current Gain|100/-/630 1|VCE=1V, IC=100mA|1
h_fe|hFE2|DC Current Gain|60/-/- 1|VCE=1V, IC=300mA|1
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/-/0.7 V|IC=500mA, IB=50mA|1
v_be_on|VBE(on)|Base Emitter On Voltage|-/-/1.2 V|VCE=1V, IC=300mA|1
f_t|fT|Current Gain Bandwidth Product|-/100/- MHz|VCE=5V, IC=10mA, f=50MHz|1
c_ob|Cob|Output Capacitance|-/12/- pF|VCB=10V, IE=0, f=1MHz|1
