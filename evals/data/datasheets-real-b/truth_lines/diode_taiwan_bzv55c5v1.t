v_f|VF|Forward Voltage|-/-/1 V|IF = 10 mA|1
v_br|VZ|Zener voltage|4.8/5.1/5.4 V|@ IZT = 5 mA|2
i_zt|IZT|Test current|-/5/- mA||2
z_zt|ZZT|Dynamic impedance at IZT|-/-/35 ohm|@ IZT|2
z_zk|ZZK|Dynamic impedance at IZK|-/-/550 ohm|@ IZK = 1.0 mA|2
i_r|IR|Reverse current|-/-/0.1 uA|@ VR = 1.0 V|2
