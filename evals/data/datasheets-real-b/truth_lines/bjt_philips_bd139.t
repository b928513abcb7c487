v_cbo|VCBO|collector-base voltage|-/-/100 V|open emitter, BD139|2
v_ceo|VCEO|collector-emitter voltage|-/-/80 V|open base, BD139|2
v_ebo|VEBO|emitter-base voltage|-/-/5 V|open collector|2
i_c_max|IC|collector current (DC)|-/-/1.5 A||2
i_cbo|ICBO|collector cut-off current|-/-/100 nA|IE = 0; VCB = 30 V|3
i_cbo|ICBO|collector cut-off current|-/-/10 uA|IE = 0; VCB = 30 V; Tj = 125 °C|3
h_fe|hFE|DC current gain|40/-/- 1|VCE = 2 V; IC = 5 mA|3
h_fe|hFE|DC current gain|63/-/250 1|VCE = 2 V; IC = 150 mA|3
h_fe|hFE|DC current gain|25/-/- 1|VCE = 2 V; IC = 500 mA|3
v_ce_sat|VCEsat|collector-emitter saturation voltage|-/-/0.5 V|IC = 500 mA; IB = 50 mA|3
v_be_on|VBE|base-emitter voltage|-/-/1 V|IC = 500 mA; VCE = 2 V|3
f_t|fT|transition frequency|-/190/- MHz|IC = 50 mA; VCE = 5 V; f = 100 MHz|3
