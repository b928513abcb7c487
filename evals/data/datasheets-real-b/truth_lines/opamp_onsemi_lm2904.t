# LM2904 = the LM2904/LM2904E column group of the page-5 table; the page-4 table holds LM258/LM358/LM358A only
v_supply_max|VCC|Power Supply Voltages, Single Supply|-/-/32 V||3
v_os|VIO|Input Offset Voltage|-/2.0/7.0 mV|VCC = 5.0 V to 30 V, VIC = 0 V to VCC −1.7 V, VO ≈ 1.4 V, RS = 0 Ω, TA = 25°C|5
v_os|VIO|Input Offset Voltage|-/-/10 mV|TA = Thigh|5
v_os|VIO|Input Offset Voltage|-/-/10 mV|TA = Tlow|5
i_os|IIO|Input Offset Current|-/5.0/50 nA|TA = 25°C|5
i_os|IIO|Input Offset Current|-/45/200 nA|TA = Thigh to Tlow|5
i_b|IIB|Input Bias Current|-/-45/-250 nA|TA = 25°C|5
i_b|IIB|Input Bias Current|-/-50/-500 nA|TA = Thigh to Tlow|5
a_ol|AVOL|Large Signal Open Loop Voltage Gain|25/100/- V/mV|RL = 2.0 kΩ, VCC = 15 V, for large VO swing|5
a_ol|AVOL|Large Signal Open Loop Voltage Gain|15/-/- V/mV|RL = 2.0 kΩ, VCC = 15 V, TA = Thigh to Tlow|5
cmrr|CMR|Common Mode Rejection|50/70/- dB|RS ≤ 10 kΩ|5
psrr|PSR|Power Supply Rejection|50/100/- dB||5
v_oh|VOH|Output Voltage-High Limit|3.3/3.5/- V|VCC = 5.0 V, RL = 2.0 kΩ, TA = 25°C|5
v_oh|VOH|Output Voltage-High Limit|26/-/- V|VCC = 30 V, RL = 2.0 kΩ|5
v_oh|VOH|Output Voltage-High Limit|27/28/- V|VCC = 30 V, RL = 10 kΩ|5
v_ol|VOL|Output Voltage-Low Limit|-/5.0/20 mV|VCC = 5.0 V, RL = 10 kΩ, TA = Thigh to Tlow|5
i_sc|ISC|Output Short Circuit to Ground|-/40/60 mA||5
i_q|ICC|Power Supply Current (Total Device)|-/1.5/3.0 mA|VCC = 30 V, VO = 0 V, RL = ∞|5
i_q|ICC|Power Supply Current (Total Device)|-/0.7/1.2 mA|VCC = 5 V, VO = 0 V, RL = ∞|5
