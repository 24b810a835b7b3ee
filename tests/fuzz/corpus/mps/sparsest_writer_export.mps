* SparseMIP Studio export of 'sparsest_tight'
NAME          sparsest  FREE
ROWS
 N  OBJROW
 L  wub_0_0
 G  wlb_0_0
 L  wub_0_1
 G  wlb_0_1
 L  bub_0
 G  blb_0
 L  wub_1_0
 G  wlb_1_0
 L  wub_1_1
 G  wlb_1_1
 L  bub_1
 G  blb_1
 L  wub_2_0
 G  wlb_2_0
 L  wub_2_1
 G  wlb_2_1
 L  bub_2
 G  blb_2
 L  wub_3_0
 G  wlb_3_0
 L  wub_3_1
 G  wlb_3_1
 L  bub_3
 G  blb_3
 L  tu_0_0
 L  tu_0_1
 L  su_0
 L  uused_0
 L  tu_1_0
 L  tu_1_1
 L  su_1
 L  uused_1
 L  tu_2_0
 L  tu_2_1
 L  su_2
 L  uused_2
 L  tu_3_0
 L  tu_3_1
 L  su_3
 L  uused_3
 G  order_0
 G  order_2
 L  width
 E  pre_0_0
 L  pz_0_0
 L  qz_0_0
 L  link_0_0
 L  zu_0_0
 E  pre_0_1
 L  pz_0_1
 L  qz_0_1
 L  link_0_1
 L  zu_0_1
 E  pre_0_2
 L  pz_0_2
 L  qz_0_2
 L  link_0_2
 L  zu_0_2
 E  pre_0_3
 L  pz_0_3
 L  qz_0_3
 L  link_0_3
 L  zu_0_3
 E  fit_0
 G  coverp_0
 E  pre_1_0
 L  pz_1_0
 L  qz_1_0
 L  link_1_0
 L  zu_1_0
 E  pre_1_1
 L  pz_1_1
 L  qz_1_1
 L  link_1_1
 L  zu_1_1
 E  pre_1_2
 L  pz_1_2
 L  qz_1_2
 L  link_1_2
 L  zu_1_2
 E  pre_1_3
 L  pz_1_3
 L  qz_1_3
 L  link_1_3
 L  zu_1_3
 E  fit_1
 G  covern_1
COLUMNS
    W_0_0 wub_0_0 1 wlb_0_0 1
    W_0_0 pre_0_0 -0.6804132732590784 pre_1_0 -0.9208619483102687
    t_0_0 OBJROW 1 wub_0_0 -2
    t_0_0 wlb_0_0 2 tu_0_0 1
    t_0_0 uused_0 -1 order_0 2
    t_0_0 link_0_0 -1.360826546518157 link_1_0 -1.841723896620537
    W_0_1 wub_0_1 1 wlb_0_1 1
    W_0_1 pre_0_0 0.9842904192596575 pre_1_0 0.1949893253893433
    t_0_1 OBJROW 1 wub_0_1 -2
    t_0_1 wlb_0_1 2 tu_0_1 1
    t_0_1 uused_0 -1 order_0 2
    t_0_1 link_0_0 -1.968580838519315 link_1_0 -0.3899786507786867
    b_0 bub_0 1 blb_0 1
    b_0 pre_0_0 1 pre_1_0 1
    s_0 OBJROW 1 bub_0 -2
    s_0 blb_0 2 su_0 1
    s_0 uused_0 -1 order_0 2
    s_0 link_0_0 -2 link_1_0 -2
    W_1_0 wub_1_0 1 wlb_1_0 1
    W_1_0 pre_0_1 -0.6804132732590784 pre_1_1 -0.9208619483102687
    t_1_0 OBJROW 1 wub_1_0 -2
    t_1_0 wlb_1_0 2 tu_1_0 1
    t_1_0 uused_1 -1 order_0 -2
    t_1_0 link_0_1 -1.360826546518157 link_1_1 -1.841723896620537
    W_1_1 wub_1_1 1 wlb_1_1 1
    W_1_1 pre_0_1 0.9842904192596575 pre_1_1 0.1949893253893433
    t_1_1 OBJROW 1 wub_1_1 -2
    t_1_1 wlb_1_1 2 tu_1_1 1
    t_1_1 uused_1 -1 order_0 -2
    t_1_1 link_0_1 -1.968580838519315 link_1_1 -0.3899786507786867
    b_1 bub_1 1 blb_1 1
    b_1 pre_0_1 1 pre_1_1 1
    s_1 OBJROW 1 bub_1 -2
    s_1 blb_1 2 su_1 1
    s_1 uused_1 -1 order_0 -2
    s_1 link_0_1 -2 link_1_1 -2
    W_2_0 wub_2_0 1 wlb_2_0 1
    W_2_0 pre_0_2 -0.6804132732590784 pre_1_2 -0.9208619483102687
    t_2_0 OBJROW 1 wub_2_0 -2
    t_2_0 wlb_2_0 2 tu_2_0 1
    t_2_0 uused_2 -1 order_2 2
    t_2_0 link_0_2 -1.360826546518157 link_1_2 -1.841723896620537
    W_2_1 wub_2_1 1 wlb_2_1 1
    W_2_1 pre_0_2 0.9842904192596575 pre_1_2 0.1949893253893433
    t_2_1 OBJROW 1 wub_2_1 -2
    t_2_1 wlb_2_1 2 tu_2_1 1
    t_2_1 uused_2 -1 order_2 2
    t_2_1 link_0_2 -1.968580838519315 link_1_2 -0.3899786507786867
    b_2 bub_2 1 blb_2 1
    b_2 pre_0_2 1 pre_1_2 1
    s_2 OBJROW 1 bub_2 -2
    s_2 blb_2 2 su_2 1
    s_2 uused_2 -1 order_2 2
    s_2 link_0_2 -2 link_1_2 -2
    W_3_0 wub_3_0 1 wlb_3_0 1
    W_3_0 pre_0_3 -0.6804132732590784 pre_1_3 -0.9208619483102687
    t_3_0 OBJROW 1 wub_3_0 -2
    t_3_0 wlb_3_0 2 tu_3_0 1
    t_3_0 uused_3 -1 order_2 -2
    t_3_0 link_0_3 -1.360826546518157 link_1_3 -1.841723896620537
    W_3_1 wub_3_1 1 wlb_3_1 1
    W_3_1 pre_0_3 0.9842904192596575 pre_1_3 0.1949893253893433
    t_3_1 OBJROW 1 wub_3_1 -2
    t_3_1 wlb_3_1 2 tu_3_1 1
    t_3_1 uused_3 -1 order_2 -2
    t_3_1 link_0_3 -1.968580838519315 link_1_3 -0.3899786507786867
    b_3 bub_3 1 blb_3 1
    b_3 pre_0_3 1 pre_1_3 1
    s_3 OBJROW 1 bub_3 -2
    s_3 blb_3 2 su_3 1
    s_3 uused_3 -1 order_2 -2
    s_3 link_0_3 -2 link_1_3 -2
    u_0 tu_0_0 -1 tu_0_1 -1
    u_0 su_0 -1 uused_0 1
    u_0 order_0 1 width 1
    u_0 zu_0_0 -1 zu_1_0 -1
    u_1 tu_1_0 -1 tu_1_1 -1
    u_1 su_1 -1 uused_1 1
    u_1 order_0 -1 width 1
    u_1 zu_0_1 -1 zu_1_1 -1
    u_2 tu_2_0 -1 tu_2_1 -1
    u_2 su_2 -1 uused_2 1
    u_2 order_2 1 width 1
    u_2 zu_0_2 -1 zu_1_2 -1
    u_3 tu_3_0 -1 tu_3_1 -1
    u_3 su_3 -1 uused_3 1
    u_3 order_2 -1 width 1
    u_3 zu_0_3 -1 zu_1_3 -1
    p_0_0 pre_0_0 -1 pz_0_0 1
    p_0_0 link_0_0 1 fit_0 1
    q_0_0 pre_0_0 1 qz_0_0 1
    q_0_0 link_0_0 1
    z_0_0 pz_0_0 -5.329407385037472 qz_0_0 5.329407385037472
    z_0_0 zu_0_0 1 coverp_0 1
    p_0_1 pre_0_1 -1 pz_0_1 1
    p_0_1 link_0_1 1 fit_0 1
    q_0_1 pre_0_1 1 qz_0_1 1
    q_0_1 link_0_1 1
    z_0_1 pz_0_1 -5.329407385037472 qz_0_1 5.329407385037472
    z_0_1 zu_0_1 1 coverp_0 1
    p_0_2 pre_0_2 -1 pz_0_2 1
    p_0_2 link_0_2 1 fit_0 -1
    q_0_2 pre_0_2 1 qz_0_2 1
    q_0_2 link_0_2 1
    z_0_2 pz_0_2 -5.329407385037472 qz_0_2 5.329407385037472
    z_0_2 zu_0_2 1
    p_0_3 pre_0_3 -1 pz_0_3 1
    p_0_3 link_0_3 1 fit_0 -1
    q_0_3 pre_0_3 1 qz_0_3 1
    q_0_3 link_0_3 1
    z_0_3 pz_0_3 -5.329407385037472 qz_0_3 5.329407385037472
    z_0_3 zu_0_3 1
    p_1_0 pre_1_0 -1 pz_1_0 1
    p_1_0 link_1_0 1 fit_1 1
    q_1_0 pre_1_0 1 qz_1_0 1
    q_1_0 link_1_0 1
    z_1_0 pz_1_0 -4.231702547399224 qz_1_0 4.231702547399224
    z_1_0 zu_1_0 1
    p_1_1 pre_1_1 -1 pz_1_1 1
    p_1_1 link_1_1 1 fit_1 1
    q_1_1 pre_1_1 1 qz_1_1 1
    q_1_1 link_1_1 1
    z_1_1 pz_1_1 -4.231702547399224 qz_1_1 4.231702547399224
    z_1_1 zu_1_1 1
    p_1_2 pre_1_2 -1 pz_1_2 1
    p_1_2 link_1_2 1 fit_1 -1
    q_1_2 pre_1_2 1 qz_1_2 1
    q_1_2 link_1_2 1
    z_1_2 pz_1_2 -4.231702547399224 qz_1_2 4.231702547399224
    z_1_2 zu_1_2 1 covern_1 1
    p_1_3 pre_1_3 -1 pz_1_3 1
    p_1_3 link_1_3 1 fit_1 -1
    q_1_3 pre_1_3 1 qz_1_3 1
    q_1_3 link_1_3 1
    z_1_3 pz_1_3 -4.231702547399224 qz_1_3 4.231702547399224
    z_1_3 zu_1_3 1 covern_1 1
RHS
    RHS width 2 qz_0_0 5.329407385037472
    RHS qz_0_1 5.329407385037472 qz_0_2 5.329407385037472
    RHS qz_0_3 5.329407385037472 fit_0 0.0845699399852089
    RHS coverp_0 1 qz_1_0 4.231702547399224
    RHS qz_1_1 4.231702547399224 qz_1_2 4.231702547399224
    RHS qz_1_3 4.231702547399224 fit_1 -0.8856804170693529
    RHS covern_1 1
BOUNDS
 LO BOUND W_0_0 -2
 UP BOUND W_0_0 2
 BV BOUND t_0_0 1
 LO BOUND W_0_1 -2
 UP BOUND W_0_1 2
 BV BOUND t_0_1 1
 LO BOUND b_0 -2
 UP BOUND b_0 2
 BV BOUND s_0 1
 LO BOUND W_1_0 -2
 UP BOUND W_1_0 2
 BV BOUND t_1_0 1
 LO BOUND W_1_1 -2
 UP BOUND W_1_1 2
 BV BOUND t_1_1 1
 LO BOUND b_1 -2
 UP BOUND b_1 2
 BV BOUND s_1 1
 LO BOUND W_2_0 -2
 UP BOUND W_2_0 2
 BV BOUND t_2_0 1
 LO BOUND W_2_1 -2
 UP BOUND W_2_1 2
 BV BOUND t_2_1 1
 LO BOUND b_2 -2
 UP BOUND b_2 2
 BV BOUND s_2 1
 LO BOUND W_3_0 -2
 UP BOUND W_3_0 2
 BV BOUND t_3_0 1
 LO BOUND W_3_1 -2
 UP BOUND W_3_1 2
 BV BOUND t_3_1 1
 LO BOUND b_3 -2
 UP BOUND b_3 2
 BV BOUND s_3 1
 BV BOUND u_0 1
 BV BOUND u_1 1
 BV BOUND u_2 1
 BV BOUND u_3 1
 UP BOUND p_0_0 5.329407385037472
 UP BOUND q_0_0 5.329407385037472
 BV BOUND z_0_0 1
 UP BOUND p_0_1 5.329407385037472
 UP BOUND q_0_1 5.329407385037472
 BV BOUND z_0_1 1
 UP BOUND p_0_2 5.329407385037472
 UP BOUND q_0_2 5.329407385037472
 BV BOUND z_0_2 1
 UP BOUND p_0_3 5.329407385037472
 UP BOUND q_0_3 5.329407385037472
 BV BOUND z_0_3 1
 UP BOUND p_1_0 4.231702547399224
 UP BOUND q_1_0 4.231702547399224
 BV BOUND z_1_0 1
 UP BOUND p_1_1 4.231702547399224
 UP BOUND q_1_1 4.231702547399224
 BV BOUND z_1_1 1
 UP BOUND p_1_2 4.231702547399224
 UP BOUND q_1_2 4.231702547399224
 BV BOUND z_1_2 1
 UP BOUND p_1_3 4.231702547399224
 UP BOUND q_1_3 4.231702547399224
 BV BOUND z_1_3 1
ENDATA
