# LM324 = the "LM324, LM324E" column group (third of five)
v_supply_max|VCC|Power Supply Voltages, Single Supply|-/-/32 V||2
v_os|VIO|Input Offset Voltage|-/2.0/7.0 mV|VCC = 5.0 V to 30 V, VICR = 0 V to VCC −1.7 V, VO = 1.4 V, RS = 0 Ω, TA = 25°C|3
v_os|VIO|Input Offset Voltage|-/-/9.0 mV|TA = Thigh|3
v_os|VIO|Input Offset Voltage|-/-/9.0 mV|TA = Tlow|3
i_os|IIO|Input Offset Current|-/5.0/50 nA|TA = 25°C|3
i_os|IIO|Input Offset Current|-/-/150 nA|TA = Thigh to Tlow|3
i_b|IIB|Input Bias Current|-/-90/-250 nA|TA = 25°C|3
i_b|IIB|Input Bias Current|-/-/-500 nA|TA = Thigh to Tlow|3
a_ol|AVOL|Large Signal Open Loop Voltage Gain|25/100/- V/mV|RL = 2.0 kΩ, VCC = 15 V, for large VO swing|3
a_ol|AVOL|Large Signal Open Loop Voltage Gain|15/-/- V/mV|RL = 2.0 kΩ, VCC = 15 V, TA = Thigh to Tlow|3
cmrr|CMR|Common Mode Rejection|65/70/- dB|RS ≤ 10 kΩ|3
psrr|PSR|Power Supply Rejection|65/100/- dB||3
v_oh|VOH|Output Voltage - High Limit|3.3/3.5/- V|VCC = 5.0 V, RL = 2.0 kΩ, TA = 25°C|4
v_oh|VOH|Output Voltage - High Limit|26/-/- V|VCC = 30 V, RL = 2.0 kΩ, TA = Thigh to Tlow|4
v_oh|VOH|Output Voltage - High Limit|27/28/- V|VCC = 30 V, RL = 10 kΩ, TA = Thigh to Tlow|4
v_ol|VOL|Output Voltage - Low Limit|-/5.0/20 mV|VCC = 5.0 V, RL = 10 kΩ, TA = Thigh to Tlow|4
i_sc|ISC|Output Short Circuit to Ground|-/40/60 mA||4
i_q|ICC|Power Supply Current|-/-/3.0 mA|VCC = 30 V, VO = 0 V, RL = ∞, TA = Thigh to Tlow|4
i_q|ICC|Power Supply Current|-/-/1.2 mA|VCC = 5.0 V, VO = 0 V, RL = ∞, TA = Thigh to Tlow|4
