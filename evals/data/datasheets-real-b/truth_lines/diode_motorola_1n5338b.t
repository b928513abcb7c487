v_br|VZ|Nominal Zener Voltage|-/5.1/- V|@ IZT = 240 mA|2
i_zt|IZT|Test Current|-/240/- mA||2
z_zt|ZZT|Max Zener Impedance|-/-/1.5 ohm|@ IZT|2
z_zk|ZZK|Max Zener Impedance|-/-/400 ohm|@ IZK = 1 mA|2
i_r|IR|Max Reverse Leakage Current|-/-/1 uA|@ VR = 1 V|2
i_zsm|ir|Max Surge Current|-/-/14.4 A||2
i_zm|IZM|Maximum Regulator Current|-/-/930 mA||2
v_f|VF|Forward voltage|-/-/1.2 V|IF = 1 A, all types|2
