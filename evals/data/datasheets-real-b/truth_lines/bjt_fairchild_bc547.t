v_cbo|VCBO|Collector-Base Voltage|-/-/50 V|BC547/550|1
v_ceo|VCEO|Collector-Emitter Voltage|-/-/45 V|BC547/550|1
v_ebo|VEBO|Emitter-Base Voltage|-/-/6 V|BC546/547|1
i_c_max|IC|Collector Current (DC)|-/-/100 mA||1
i_cbo|ICBO|Collector Cut-off Current|-/-/15 nA|VCB=30V, IE=0|1
h_fe|hFE|DC Current Gain|110/-/800 1|VCE=5V, IC=2mA|1
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/90/250 mV|IC=10mA, IB=0.5mA|1
v_ce_sat|VCE(sat)|Collector-Emitter Saturation Voltage|-/200/600 mV|IC=100mA, IB=5mA|1
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/700/- mV|IC=10mA, IB=0.5mA|1
v_be_sat|VBE(sat)|Base-Emitter Saturation Voltage|-/900/- mV|IC=100mA, IB=5mA|1
v_be_on|VBE(on)|Base-Emitter On Voltage|580/660/700 mV|VCE=5V, IC=2mA|1
v_be_on|VBE(on)|Base-Emitter On Voltage|-/-/720 mV|VCE=5V, IC=10mA|1
f_t|fT|Current Gain Bandwidth Product|-/300/- MHz|VCE=5V, IC=10mA, f=100MHz|1
c_ob|Cob|Output Capacitance|-/3.5/6 pF|VCB=10V, IE=0, f=1MHz|1
c_ib|Cib|Input Capacitance|-/9/- pF|VEB=0.5V, IC=0, f=1MHz|1
