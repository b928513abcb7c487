i_f_avg|IF|continuous forward current|-/-/500 mA||2
v_f|VF|forward voltage|-/-/1.2 V|IF = 200 mA|2
v_br|VZ|working voltage|-/5.1/- V|at IZtest = 49 mA|3
i_zt|IZtest|test current|-/49/- mA||3
z_zt|rdif|differential resistance|-/-/7 ohm|at IZtest|3
z_zk|rdif|differential resistance|-/-/550 ohm|at IZ = 1 mA|3
i_r|IR|reverse current|-/-/10 uA|VR = 1 V|3
i_zm|IZM|working current|-/-/178 mA||3
i_zsm|IZSM|non-repetitive peak reverse current|-/-/890 mA||3
