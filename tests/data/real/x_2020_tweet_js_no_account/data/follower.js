window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "4748197419",
    "userLink" : "https://twitter.com/intent/user?user_id=4748197419"
  }
}, {
  "follower" : {
    "accountId" : "878871181599752192",
    "userLink" : "https://twitter.com/intent/user?user_id=878871181599752192"
  }
}, {
  "follower" : {
    "accountId" : "760576538106626048",
    "userLink" : "https://twitter.com/intent/user?user_id=760576538106626048"
  }
}, {
  "follower" : {
    "accountId" : "1228849786637426688",
    "userLink" : "https://twitter.com/intent/user?user_id=1228849786637426688"
  }
}, {
  "follower" : {
    "accountId" : "752327373702459392",
    "userLink" : "https://twitter.com/intent/user?user_id=752327373702459392"
  }
}, {
  "follower" : {
    "accountId" : "1160261529717157889",
    "userLink" : "https://twitter.com/intent/user?user_id=1160261529717157889"
  }
}, {
  "follower" : {
    "accountId" : "862968482136285184",
    "userLink" : "https://twitter.com/intent/user?user_id=862968482136285184"
  }
}, {
  "follower" : {
    "accountId" : "3907617403",
    "userLink" : "https://twitter.com/intent/user?user_id=3907617403"
  }
}, {
  "follower" : {
    "accountId" : "1412193086",
    "userLink" : "https://twitter.com/intent/user?user_id=1412193086"
  }
}, {
  "follower" : {
    "accountId" : "310480282",
    "userLink" : "https://twitter.com/intent/user?user_id=310480282"
  }
}, {
  "follower" : {
    "accountId" : "301222947",
    "userLink" : "https://twitter.com/intent/user?user_id=301222947"
  }
}, {
  "follower" : {
    "accountId" : "1004485830985969664",
    "userLink" : "https://twitter.com/intent/user?user_id=1004485830985969664"
  }
}, {
  "follower" : {
    "accountId" : "203983655",
    "userLink" : "https://twitter.com/intent/user?user_id=203983655"
  }
}, {
  "follower" : {
    "accountId" : "1224853314275282948",
    "userLink" : "https://twitter.com/intent/user?user_id=1224853314275282948"
  }
}, {
  "follower" : {
    "accountId" : "753974034472247296",
    "userLink" : "https://twitter.com/intent/user?user_id=753974034472247296"
  }
}, {
  "follower" : {
    "accountId" : "935123005046427648",
    "userLink" : "https://twitter.com/intent/user?user_id=935123005046427648"
  }
}, {
  "follower" : {
    "accountId" : "1203595320367570945",
    "userLink" : "https://twitter.com/intent/user?user_id=1203595320367570945"
  }
}, {
  "follower" : {
    "accountId" : "229897956",
    "userLink" : "https://twitter.com/intent/user?user_id=229897956"
  }
}, {
  "follower" : {
    "accountId" : "3255273899",
    "userLink" : "https://twitter.com/intent/user?user_id=3255273899"
  }
}, {
  "follower" : {
    "accountId" : "839184494158479360",
    "userLink" : "https://twitter.com/intent/user?user_id=839184494158479360"
  }
}, {
  "follower" : {
    "accountId" : "93413238",
    "userLink" : "https://twitter.com/intent/user?user_id=93413238"
  }
}, {
  "follower" : {
    "accountId" : "62757359",
    "userLink" : "https://twitter.com/intent/user?user_id=62757359"
  }
}, {
  "follower" : {
    "accountId" : "4353104176",
    "userLink" : "https://twitter.com/intent/user?user_id=4353104176"
  }
}, {
  "follower" : {
    "accountId" : "263091432",
    "userLink" : "https://twitter.com/intent/user?user_id=263091432"
  }
}, {
  "follower" : {
    "accountId" : "735490334227091456",
    "userLink" : "https://twitter.com/intent/user?user_id=735490334227091456"
  }
}, {
  "follower" : {
    "accountId" : "991959272333500417",
    "userLink" : "https://twitter.com/intent/user?user_id=991959272333500417"
  }
}, {
  "follower" : {
    "accountId" : "1203535947251367937",
    "userLink" : "https://twitter.com/intent/user?user_id=1203535947251367937"
  }
}, {
  "follower" : {
    "accountId" : "1150311665717694466",
    "userLink" : "https://twitter.com/intent/user?user_id=1150311665717694466"
  }
}, {
  "follower" : {
    "accountId" : "993664196813484032",
    "userLink" : "https://twitter.com/intent/user?user_id=993664196813484032"
  }
}, {
  "follower" : {
    "accountId" : "1096740338029465600",
    "userLink" : "https://twitter.com/intent/user?user_id=1096740338029465600"
  }
}, {
  "follower" : {
    "accountId" : "822317871707537408",
    "userLink" : "https://twitter.com/intent/user?user_id=822317871707537408"
  }
}, {
  "follower" : {
    "accountId" : "2927200627",
    "userLink" : "https://twitter.com/intent/user?user_id=2927200627"
  }
}, {
  "follower" : {
    "accountId" : "189882012",
    "userLink" : "https://twitter.com/intent/user?user_id=189882012"
  }
}, {
  "follower" : {
    "accountId" : "1085552888359710720",
    "userLink" : "https://twitter.com/intent/user?user_id=1085552888359710720"
  }
}, {
  "follower" : {
    "accountId" : "295842606",
    "userLink" : "https://twitter.com/intent/user?user_id=295842606"
  }
}, {
  "follower" : {
    "accountId" : "158120683",
    "userLink" : "https://twitter.com/intent/user?user_id=158120683"
  }
}, {
  "follower" : {
    "accountId" : "2778649268",
    "userLink" : "https://twitter.com/intent/user?user_id=2778649268"
  }
}, {
  "follower" : {
    "accountId" : "784530889053274112",
    "userLink" : "https://twitter.com/intent/user?user_id=784530889053274112"
  }
}, {
  "follower" : {
    "accountId" : "29061641",
    "userLink" : "https://twitter.com/intent/user?user_id=29061641"
  }
}, {
  "follower" : {
    "accountId" : "1666247810",
    "userLink" : "https://twitter.com/intent/user?user_id=1666247810"
  }
}, {
  "follower" : {
    "accountId" : "942351912329981954",
    "userLink" : "https://twitter.com/intent/user?user_id=942351912329981954"
  }
}, {
  "follower" : {
    "accountId" : "1115612912754651137",
    "userLink" : "https://twitter.com/intent/user?user_id=1115612912754651137"
  }
}, {
  "follower" : {
    "accountId" : "1200135733576654849",
    "userLink" : "https://twitter.com/intent/user?user_id=1200135733576654849"
  }
}, {
  "follower" : {
    "accountId" : "1010444858647982080",
    "userLink" : "https://twitter.com/intent/user?user_id=1010444858647982080"
  }
}, {
  "follower" : {
    "accountId" : "2908266411",
    "userLink" : "https://twitter.com/intent/user?user_id=2908266411"
  }
}, {
  "follower" : {
    "accountId" : "846472882666508290",
    "userLink" : "https://twitter.com/intent/user?user_id=846472882666508290"
  }
}, {
  "follower" : {
    "accountId" : "4097259677",
    "userLink" : "https://twitter.com/intent/user?user_id=4097259677"
  }
}, {
  "follower" : {
    "accountId" : "28762918",
    "userLink" : "https://twitter.com/intent/user?user_id=28762918"
  }
}, {
  "follower" : {
    "accountId" : "754735001392910336",
    "userLink" : "https://twitter.com/intent/user?user_id=754735001392910336"
  }
}, {
  "follower" : {
    "accountId" : "253117045",
    "userLink" : "https://twitter.com/intent/user?user_id=253117045"
  }
}, {
  "follower" : {
    "accountId" : "4310057638",
    "userLink" : "https://twitter.com/intent/user?user_id=4310057638"
  }
}, {
  "follower" : {
    "accountId" : "1158189494115426304",
    "userLink" : "https://twitter.com/intent/user?user_id=1158189494115426304"
  }
}, {
  "follower" : {
    "accountId" : "143033894",
    "userLink" : "https://twitter.com/intent/user?user_id=143033894"
  }
}, {
  "follower" : {
    "accountId" : "3046902509",
    "userLink" : "https://twitter.com/intent/user?user_id=3046902509"
  }
}, {
  "follower" : {
    "accountId" : "1200424363205578753",
    "userLink" : "https://twitter.com/intent/user?user_id=1200424363205578753"
  }
}, {
  "follower" : {
    "accountId" : "852279331950931969",
    "userLink" : "https://twitter.com/intent/user?user_id=852279331950931969"
  }
}, {
  "follower" : {
    "accountId" : "741917789468958725",
    "userLink" : "https://twitter.com/intent/user?user_id=741917789468958725"
  }
}, {
  "follower" : {
    "accountId" : "299253202",
    "userLink" : "https://twitter.com/intent/user?user_id=299253202"
  }
}, {
  "follower" : {
    "accountId" : "2893144181",
    "userLink" : "https://twitter.com/intent/user?user_id=2893144181"
  }
}, {
  "follower" : {
    "accountId" : "3073599997",
    "userLink" : "https://twitter.com/intent/user?user_id=3073599997"
  }
}, {
  "follower" : {
    "accountId" : "887570759383744513",
    "userLink" : "https://twitter.com/intent/user?user_id=887570759383744513"
  }
}, {
  "follower" : {
    "accountId" : "81725350",
    "userLink" : "https://twitter.com/intent/user?user_id=81725350"
  }
}, {
  "follower" : {
    "accountId" : "986754858362355712",
    "userLink" : "https://twitter.com/intent/user?user_id=986754858362355712"
  }
}, {
  "follower" : {
    "accountId" : "1014081865848905728",
    "userLink" : "https://twitter.com/intent/user?user_id=1014081865848905728"
  }
}, {
  "follower" : {
    "accountId" : "1153904619183104000",
    "userLink" : "https://twitter.com/intent/user?user_id=1153904619183104000"
  }
}, {
  "follower" : {
    "accountId" : "121877626",
    "userLink" : "https://twitter.com/intent/user?user_id=121877626"
  }
}, {
  "follower" : {
    "accountId" : "1063616038917603329",
    "userLink" : "https://twitter.com/intent/user?user_id=1063616038917603329"
  }
}, {
  "follower" : {
    "accountId" : "77547885",
    "userLink" : "https://twitter.com/intent/user?user_id=77547885"
  }
}, {
  "follower" : {
    "accountId" : "860603566804811777",
    "userLink" : "https://twitter.com/intent/user?user_id=860603566804811777"
  }
}, {
  "follower" : {
    "accountId" : "2844315092",
    "userLink" : "https://twitter.com/intent/user?user_id=2844315092"
  }
}, {
  "follower" : {
    "accountId" : "1563012548",
    "userLink" : "https://twitter.com/intent/user?user_id=1563012548"
  }
}, {
  "follower" : {
    "accountId" : "970039277764665344",
    "userLink" : "https://twitter.com/intent/user?user_id=970039277764665344"
  }
}, {
  "follower" : {
    "accountId" : "4056193223",
    "userLink" : "https://twitter.com/intent/user?user_id=4056193223"
  }
}, {
  "follower" : {
    "accountId" : "306811514",
    "userLink" : "https://twitter.com/intent/user?user_id=306811514"
  }
}, {
  "follower" : {
    "accountId" : "4133561543",
    "userLink" : "https://twitter.com/intent/user?user_id=4133561543"
  }
}, {
  "follower" : {
    "accountId" : "1017851791915016194",
    "userLink" : "https://twitter.com/intent/user?user_id=1017851791915016194"
  }
}, {
  "follower" : {
    "accountId" : "90745722",
    "userLink" : "https://twitter.com/intent/user?user_id=90745722"
  }
}, {
  "follower" : {
    "accountId" : "993127325607907328",
    "userLink" : "https://twitter.com/intent/user?user_id=993127325607907328"
  }
}, {
  "follower" : {
    "accountId" : "2148952539",
    "userLink" : "https://twitter.com/intent/user?user_id=2148952539"
  }
}, {
  "follower" : {
    "accountId" : "1176321570760839168",
    "userLink" : "https://twitter.com/intent/user?user_id=1176321570760839168"
  }
}, {
  "follower" : {
    "accountId" : "905804026062798848",
    "userLink" : "https://twitter.com/intent/user?user_id=905804026062798848"
  }
}, {
  "follower" : {
    "accountId" : "1161163371099676672",
    "userLink" : "https://twitter.com/intent/user?user_id=1161163371099676672"
  }
}, {
  "follower" : {
    "accountId" : "4521072580",
    "userLink" : "https://twitter.com/intent/user?user_id=4521072580"
  }
}, {
  "follower" : {
    "accountId" : "740282917679730688",
    "userLink" : "https://twitter.com/intent/user?user_id=740282917679730688"
  }
}, {
  "follower" : {
    "accountId" : "814941846",
    "userLink" : "https://twitter.com/intent/user?user_id=814941846"
  }
}, {
  "follower" : {
    "accountId" : "772096679055097856",
    "userLink" : "https://twitter.com/intent/user?user_id=772096679055097856"
  }
}, {
  "follower" : {
    "accountId" : "90335294",
    "userLink" : "https://twitter.com/intent/user?user_id=90335294"
  }
}, {
  "follower" : {
    "accountId" : "1158431065322729474",
    "userLink" : "https://twitter.com/intent/user?user_id=1158431065322729474"
  }
}, {
  "follower" : {
    "accountId" : "906585356769923072",
    "userLink" : "https://twitter.com/intent/user?user_id=906585356769923072"
  }
}, {
  "follower" : {
    "accountId" : "1194516853533663233",
    "userLink" : "https://twitter.com/intent/user?user_id=1194516853533663233"
  }
}, {
  "follower" : {
    "accountId" : "139906172",
    "userLink" : "https://twitter.com/intent/user?user_id=139906172"
  }
}, {
  "follower" : {
    "accountId" : "1151268927735042053",
    "userLink" : "https://twitter.com/intent/user?user_id=1151268927735042053"
  }
}, {
  "follower" : {
    "accountId" : "1033798247658078208",
    "userLink" : "https://twitter.com/intent/user?user_id=1033798247658078208"
  }
}, {
  "follower" : {
    "accountId" : "853370018",
    "userLink" : "https://twitter.com/intent/user?user_id=853370018"
  }
}, {
  "follower" : {
    "accountId" : "1190604824452222976",
    "userLink" : "https://twitter.com/intent/user?user_id=1190604824452222976"
  }
}, {
  "follower" : {
    "accountId" : "1073361895078457344",
    "userLink" : "https://twitter.com/intent/user?user_id=1073361895078457344"
  }
}, {
  "follower" : {
    "accountId" : "772053892225966080",
    "userLink" : "https://twitter.com/intent/user?user_id=772053892225966080"
  }
}, {
  "follower" : {
    "accountId" : "387493113",
    "userLink" : "https://twitter.com/intent/user?user_id=387493113"
  }
}, {
  "follower" : {
    "accountId" : "1121101252568453120",
    "userLink" : "https://twitter.com/intent/user?user_id=1121101252568453120"
  }
}, {
  "follower" : {
    "accountId" : "886490900997787648",
    "userLink" : "https://twitter.com/intent/user?user_id=886490900997787648"
  }
}, {
  "follower" : {
    "accountId" : "1121321049692438528",
    "userLink" : "https://twitter.com/intent/user?user_id=1121321049692438528"
  }
}, {
  "follower" : {
    "accountId" : "1922604858",
    "userLink" : "https://twitter.com/intent/user?user_id=1922604858"
  }
}, {
  "follower" : {
    "accountId" : "3363152705",
    "userLink" : "https://twitter.com/intent/user?user_id=3363152705"
  }
}, {
  "follower" : {
    "accountId" : "1021768281215131648",
    "userLink" : "https://twitter.com/intent/user?user_id=1021768281215131648"
  }
}, {
  "follower" : {
    "accountId" : "3176797510",
    "userLink" : "https://twitter.com/intent/user?user_id=3176797510"
  }
}, {
  "follower" : {
    "accountId" : "584671366",
    "userLink" : "https://twitter.com/intent/user?user_id=584671366"
  }
}, {
  "follower" : {
    "accountId" : "835159037792686080",
    "userLink" : "https://twitter.com/intent/user?user_id=835159037792686080"
  }
}, {
  "follower" : {
    "accountId" : "1170417482613628928",
    "userLink" : "https://twitter.com/intent/user?user_id=1170417482613628928"
  }
}, {
  "follower" : {
    "accountId" : "1501621939",
    "userLink" : "https://twitter.com/intent/user?user_id=1501621939"
  }
}, {
  "follower" : {
    "accountId" : "1016579496",
    "userLink" : "https://twitter.com/intent/user?user_id=1016579496"
  }
}, {
  "follower" : {
    "accountId" : "1041768178932695042",
    "userLink" : "https://twitter.com/intent/user?user_id=1041768178932695042"
  }
}, {
  "follower" : {
    "accountId" : "993963959223967745",
    "userLink" : "https://twitter.com/intent/user?user_id=993963959223967745"
  }
}, {
  "follower" : {
    "accountId" : "756989795839119361",
    "userLink" : "https://twitter.com/intent/user?user_id=756989795839119361"
  }
}, {
  "follower" : {
    "accountId" : "746719252774854657",
    "userLink" : "https://twitter.com/intent/user?user_id=746719252774854657"
  }
}, {
  "follower" : {
    "accountId" : "27014631",
    "userLink" : "https://twitter.com/intent/user?user_id=27014631"
  }
}, {
  "follower" : {
    "accountId" : "1110015650779578368",
    "userLink" : "https://twitter.com/intent/user?user_id=1110015650779578368"
  }
}, {
  "follower" : {
    "accountId" : "730443910783340544",
    "userLink" : "https://twitter.com/intent/user?user_id=730443910783340544"
  }
}, {
  "follower" : {
    "accountId" : "2476745640",
    "userLink" : "https://twitter.com/intent/user?user_id=2476745640"
  }
}, {
  "follower" : {
    "accountId" : "906956839950143489",
    "userLink" : "https://twitter.com/intent/user?user_id=906956839950143489"
  }
}, {
  "follower" : {
    "accountId" : "2336305692",
    "userLink" : "https://twitter.com/intent/user?user_id=2336305692"
  }
}, {
  "follower" : {
    "accountId" : "819216057340723200",
    "userLink" : "https://twitter.com/intent/user?user_id=819216057340723200"
  }
}, {
  "follower" : {
    "accountId" : "35064344",
    "userLink" : "https://twitter.com/intent/user?user_id=35064344"
  }
}, {
  "follower" : {
    "accountId" : "721057291932430337",
    "userLink" : "https://twitter.com/intent/user?user_id=721057291932430337"
  }
}, {
  "follower" : {
    "accountId" : "945547832043364352",
    "userLink" : "https://twitter.com/intent/user?user_id=945547832043364352"
  }
}, {
  "follower" : {
    "accountId" : "1162865059963572225",
    "userLink" : "https://twitter.com/intent/user?user_id=1162865059963572225"
  }
}, {
  "follower" : {
    "accountId" : "81575402",
    "userLink" : "https://twitter.com/intent/user?user_id=81575402"
  }
}, {
  "follower" : {
    "accountId" : "1083035653900783620",
    "userLink" : "https://twitter.com/intent/user?user_id=1083035653900783620"
  }
}, {
  "follower" : {
    "accountId" : "935565593255776258",
    "userLink" : "https://twitter.com/intent/user?user_id=935565593255776258"
  }
}, {
  "follower" : {
    "accountId" : "838878640981049346",
    "userLink" : "https://twitter.com/intent/user?user_id=838878640981049346"
  }
}, {
  "follower" : {
    "accountId" : "326430598",
    "userLink" : "https://twitter.com/intent/user?user_id=326430598"
  }
}, {
  "follower" : {
    "accountId" : "816182647856754688",
    "userLink" : "https://twitter.com/intent/user?user_id=816182647856754688"
  }
}, {
  "follower" : {
    "accountId" : "1065955254259408896",
    "userLink" : "https://twitter.com/intent/user?user_id=1065955254259408896"
  }
}, {
  "follower" : {
    "accountId" : "1030112092433641481",
    "userLink" : "https://twitter.com/intent/user?user_id=1030112092433641481"
  }
}, {
  "follower" : {
    "accountId" : "1124134270044340226",
    "userLink" : "https://twitter.com/intent/user?user_id=1124134270044340226"
  }
}, {
  "follower" : {
    "accountId" : "940297802600669185",
    "userLink" : "https://twitter.com/intent/user?user_id=940297802600669185"
  }
}, {
  "follower" : {
    "accountId" : "858109501320429568",
    "userLink" : "https://twitter.com/intent/user?user_id=858109501320429568"
  }
}, {
  "follower" : {
    "accountId" : "399516605",
    "userLink" : "https://twitter.com/intent/user?user_id=399516605"
  }
}, {
  "follower" : {
    "accountId" : "2311406483",
    "userLink" : "https://twitter.com/intent/user?user_id=2311406483"
  }
}, {
  "follower" : {
    "accountId" : "1428125624",
    "userLink" : "https://twitter.com/intent/user?user_id=1428125624"
  }
}, {
  "follower" : {
    "accountId" : "837054862571495424",
    "userLink" : "https://twitter.com/intent/user?user_id=837054862571495424"
  }
}, {
  "follower" : {
    "accountId" : "2972300289",
    "userLink" : "https://twitter.com/intent/user?user_id=2972300289"
  }
}, {
  "follower" : {
    "accountId" : "888118970196254720",
    "userLink" : "https://twitter.com/intent/user?user_id=888118970196254720"
  }
}, {
  "follower" : {
    "accountId" : "68676547",
    "userLink" : "https://twitter.com/intent/user?user_id=68676547"
  }
}, {
  "follower" : {
    "accountId" : "423658308",
    "userLink" : "https://twitter.com/intent/user?user_id=423658308"
  }
}, {
  "follower" : {
    "accountId" : "3948540081",
    "userLink" : "https://twitter.com/intent/user?user_id=3948540081"
  }
}, {
  "follower" : {
    "accountId" : "1104291183243771905",
    "userLink" : "https://twitter.com/intent/user?user_id=1104291183243771905"
  }
}, {
  "follower" : {
    "accountId" : "1201974224",
    "userLink" : "https://twitter.com/intent/user?user_id=1201974224"
  }
}, {
  "follower" : {
    "accountId" : "1648324412",
    "userLink" : "https://twitter.com/intent/user?user_id=1648324412"
  }
}, {
  "follower" : {
    "accountId" : "1890037285",
    "userLink" : "https://twitter.com/intent/user?user_id=1890037285"
  }
}, {
  "follower" : {
    "accountId" : "584565329",
    "userLink" : "https://twitter.com/intent/user?user_id=584565329"
  }
}, {
  "follower" : {
    "accountId" : "891107758409437186",
    "userLink" : "https://twitter.com/intent/user?user_id=891107758409437186"
  }
}, {
  "follower" : {
    "accountId" : "990939455606480898",
    "userLink" : "https://twitter.com/intent/user?user_id=990939455606480898"
  }
}, {
  "follower" : {
    "accountId" : "972133013583736833",
    "userLink" : "https://twitter.com/intent/user?user_id=972133013583736833"
  }
}, {
  "follower" : {
    "accountId" : "2795489749",
    "userLink" : "https://twitter.com/intent/user?user_id=2795489749"
  }
}, {
  "follower" : {
    "accountId" : "781007546526162944",
    "userLink" : "https://twitter.com/intent/user?user_id=781007546526162944"
  }
}, {
  "follower" : {
    "accountId" : "1026839733471727616",
    "userLink" : "https://twitter.com/intent/user?user_id=1026839733471727616"
  }
}, {
  "follower" : {
    "accountId" : "3878152996",
    "userLink" : "https://twitter.com/intent/user?user_id=3878152996"
  }
}, {
  "follower" : {
    "accountId" : "990739580528873472",
    "userLink" : "https://twitter.com/intent/user?user_id=990739580528873472"
  }
}, {
  "follower" : {
    "accountId" : "1172815450301968384",
    "userLink" : "https://twitter.com/intent/user?user_id=1172815450301968384"
  }
}, {
  "follower" : {
    "accountId" : "810306127082717184",
    "userLink" : "https://twitter.com/intent/user?user_id=810306127082717184"
  }
}, {
  "follower" : {
    "accountId" : "744929101",
    "userLink" : "https://twitter.com/intent/user?user_id=744929101"
  }
}, {
  "follower" : {
    "accountId" : "2396312096",
    "userLink" : "https://twitter.com/intent/user?user_id=2396312096"
  }
}, {
  "follower" : {
    "accountId" : "2288787858",
    "userLink" : "https://twitter.com/intent/user?user_id=2288787858"
  }
}, {
  "follower" : {
    "accountId" : "245765799",
    "userLink" : "https://twitter.com/intent/user?user_id=245765799"
  }
}, {
  "follower" : {
    "accountId" : "2202157124",
    "userLink" : "https://twitter.com/intent/user?user_id=2202157124"
  }
}, {
  "follower" : {
    "accountId" : "139192988",
    "userLink" : "https://twitter.com/intent/user?user_id=139192988"
  }
}, {
  "follower" : {
    "accountId" : "730424566141571072",
    "userLink" : "https://twitter.com/intent/user?user_id=730424566141571072"
  }
}, {
  "follower" : {
    "accountId" : "3044524877",
    "userLink" : "https://twitter.com/intent/user?user_id=3044524877"
  }
}, {
  "follower" : {
    "accountId" : "83669664",
    "userLink" : "https://twitter.com/intent/user?user_id=83669664"
  }
}, {
  "follower" : {
    "accountId" : "2728433000",
    "userLink" : "https://twitter.com/intent/user?user_id=2728433000"
  }
}, {
  "follower" : {
    "accountId" : "1092132397209010177",
    "userLink" : "https://twitter.com/intent/user?user_id=1092132397209010177"
  }
}, {
  "follower" : {
    "accountId" : "972979225958297600",
    "userLink" : "https://twitter.com/intent/user?user_id=972979225958297600"
  }
}, {
  "follower" : {
    "accountId" : "2303002244",
    "userLink" : "https://twitter.com/intent/user?user_id=2303002244"
  }
}, {
  "follower" : {
    "accountId" : "635741655",
    "userLink" : "https://twitter.com/intent/user?user_id=635741655"
  }
}, {
  "follower" : {
    "accountId" : "1042460642647703553",
    "userLink" : "https://twitter.com/intent/user?user_id=1042460642647703553"
  }
}, {
  "follower" : {
    "accountId" : "52042957",
    "userLink" : "https://twitter.com/intent/user?user_id=52042957"
  }
}, {
  "follower" : {
    "accountId" : "2396748529",
    "userLink" : "https://twitter.com/intent/user?user_id=2396748529"
  }
}, {
  "follower" : {
    "accountId" : "1371107096",
    "userLink" : "https://twitter.com/intent/user?user_id=1371107096"
  }
}, {
  "follower" : {
    "accountId" : "1176726803928539137",
    "userLink" : "https://twitter.com/intent/user?user_id=1176726803928539137"
  }
}, {
  "follower" : {
    "accountId" : "2260762118",
    "userLink" : "https://twitter.com/intent/user?user_id=2260762118"
  }
}, {
  "follower" : {
    "accountId" : "3121985650",
    "userLink" : "https://twitter.com/intent/user?user_id=3121985650"
  }
}, {
  "follower" : {
    "accountId" : "3145421973",
    "userLink" : "https://twitter.com/intent/user?user_id=3145421973"
  }
}, {
  "follower" : {
    "accountId" : "705886208",
    "userLink" : "https://twitter.com/intent/user?user_id=705886208"
  }
}, {
  "follower" : {
    "accountId" : "778266733140283395",
    "userLink" : "https://twitter.com/intent/user?user_id=778266733140283395"
  }
}, {
  "follower" : {
    "accountId" : "4814819607",
    "userLink" : "https://twitter.com/intent/user?user_id=4814819607"
  }
}, {
  "follower" : {
    "accountId" : "898841030325395457",
    "userLink" : "https://twitter.com/intent/user?user_id=898841030325395457"
  }
}, {
  "follower" : {
    "accountId" : "3420347740",
    "userLink" : "https://twitter.com/intent/user?user_id=3420347740"
  }
}, {
  "follower" : {
    "accountId" : "2610211183",
    "userLink" : "https://twitter.com/intent/user?user_id=2610211183"
  }
}, {
  "follower" : {
    "accountId" : "717344894",
    "userLink" : "https://twitter.com/intent/user?user_id=717344894"
  }
}, {
  "follower" : {
    "accountId" : "2512334376",
    "userLink" : "https://twitter.com/intent/user?user_id=2512334376"
  }
}, {
  "follower" : {
    "accountId" : "1059592162067668993",
    "userLink" : "https://twitter.com/intent/user?user_id=1059592162067668993"
  }
}, {
  "follower" : {
    "accountId" : "1174677182641254410",
    "userLink" : "https://twitter.com/intent/user?user_id=1174677182641254410"
  }
}, {
  "follower" : {
    "accountId" : "1172198493030617094",
    "userLink" : "https://twitter.com/intent/user?user_id=1172198493030617094"
  }
}, {
  "follower" : {
    "accountId" : "1168360421885014016",
    "userLink" : "https://twitter.com/intent/user?user_id=1168360421885014016"
  }
}, {
  "follower" : {
    "accountId" : "409463312",
    "userLink" : "https://twitter.com/intent/user?user_id=409463312"
  }
}, {
  "follower" : {
    "accountId" : "1175959100695429120",
    "userLink" : "https://twitter.com/intent/user?user_id=1175959100695429120"
  }
}, {
  "follower" : {
    "accountId" : "2236937446",
    "userLink" : "https://twitter.com/intent/user?user_id=2236937446"
  }
}, {
  "follower" : {
    "accountId" : "984707807327875072",
    "userLink" : "https://twitter.com/intent/user?user_id=984707807327875072"
  }
}, {
  "follower" : {
    "accountId" : "311678245",
    "userLink" : "https://twitter.com/intent/user?user_id=311678245"
  }
}, {
  "follower" : {
    "accountId" : "3822774268",
    "userLink" : "https://twitter.com/intent/user?user_id=3822774268"
  }
}, {
  "follower" : {
    "accountId" : "154855793",
    "userLink" : "https://twitter.com/intent/user?user_id=154855793"
  }
}, {
  "follower" : {
    "accountId" : "2853168957",
    "userLink" : "https://twitter.com/intent/user?user_id=2853168957"
  }
}, {
  "follower" : {
    "accountId" : "755892088336707584",
    "userLink" : "https://twitter.com/intent/user?user_id=755892088336707584"
  }
}, {
  "follower" : {
    "accountId" : "829760354444013573",
    "userLink" : "https://twitter.com/intent/user?user_id=829760354444013573"
  }
}, {
  "follower" : {
    "accountId" : "399576196",
    "userLink" : "https://twitter.com/intent/user?user_id=399576196"
  }
}, {
  "follower" : {
    "accountId" : "3190129172",
    "userLink" : "https://twitter.com/intent/user?user_id=3190129172"
  }
}, {
  "follower" : {
    "accountId" : "30797474",
    "userLink" : "https://twitter.com/intent/user?user_id=30797474"
  }
}, {
  "follower" : {
    "accountId" : "859526558922485764",
    "userLink" : "https://twitter.com/intent/user?user_id=859526558922485764"
  }
}, {
  "follower" : {
    "accountId" : "310693934",
    "userLink" : "https://twitter.com/intent/user?user_id=310693934"
  }
}, {
  "follower" : {
    "accountId" : "301105101",
    "userLink" : "https://twitter.com/intent/user?user_id=301105101"
  }
}, {
  "follower" : {
    "accountId" : "18708366",
    "userLink" : "https://twitter.com/intent/user?user_id=18708366"
  }
}, {
  "follower" : {
    "accountId" : "4254907280",
    "userLink" : "https://twitter.com/intent/user?user_id=4254907280"
  }
}, {
  "follower" : {
    "accountId" : "915828825212276736",
    "userLink" : "https://twitter.com/intent/user?user_id=915828825212276736"
  }
}, {
  "follower" : {
    "accountId" : "791855078",
    "userLink" : "https://twitter.com/intent/user?user_id=791855078"
  }
}, {
  "follower" : {
    "accountId" : "2512929326",
    "userLink" : "https://twitter.com/intent/user?user_id=2512929326"
  }
}, {
  "follower" : {
    "accountId" : "1056508349414543360",
    "userLink" : "https://twitter.com/intent/user?user_id=1056508349414543360"
  }
}, {
  "follower" : {
    "accountId" : "1118944564751020032",
    "userLink" : "https://twitter.com/intent/user?user_id=1118944564751020032"
  }
}, {
  "follower" : {
    "accountId" : "1172419043078197249",
    "userLink" : "https://twitter.com/intent/user?user_id=1172419043078197249"
  }
}, {
  "follower" : {
    "accountId" : "785088097",
    "userLink" : "https://twitter.com/intent/user?user_id=785088097"
  }
}, {
  "follower" : {
    "accountId" : "972135745451421701",
    "userLink" : "https://twitter.com/intent/user?user_id=972135745451421701"
  }
}, {
  "follower" : {
    "accountId" : "6635822",
    "userLink" : "https://twitter.com/intent/user?user_id=6635822"
  }
}, {
  "follower" : {
    "accountId" : "1668266034",
    "userLink" : "https://twitter.com/intent/user?user_id=1668266034"
  }
}, {
  "follower" : {
    "accountId" : "937346918627381248",
    "userLink" : "https://twitter.com/intent/user?user_id=937346918627381248"
  }
}, {
  "follower" : {
    "accountId" : "1153173868120551424",
    "userLink" : "https://twitter.com/intent/user?user_id=1153173868120551424"
  }
}, {
  "follower" : {
    "accountId" : "2476107367",
    "userLink" : "https://twitter.com/intent/user?user_id=2476107367"
  }
}, {
  "follower" : {
    "accountId" : "35401462",
    "userLink" : "https://twitter.com/intent/user?user_id=35401462"
  }
}, {
  "follower" : {
    "accountId" : "3296400728",
    "userLink" : "https://twitter.com/intent/user?user_id=3296400728"
  }
}, {
  "follower" : {
    "accountId" : "237055376",
    "userLink" : "https://twitter.com/intent/user?user_id=237055376"
  }
}, {
  "follower" : {
    "accountId" : "760278561278296065",
    "userLink" : "https://twitter.com/intent/user?user_id=760278561278296065"
  }
}, {
  "follower" : {
    "accountId" : "759537603880230913",
    "userLink" : "https://twitter.com/intent/user?user_id=759537603880230913"
  }
}, {
  "follower" : {
    "accountId" : "768601173565829121",
    "userLink" : "https://twitter.com/intent/user?user_id=768601173565829121"
  }
}, {
  "follower" : {
    "accountId" : "774641178344062976",
    "userLink" : "https://twitter.com/intent/user?user_id=774641178344062976"
  }
}, {
  "follower" : {
    "accountId" : "790068425322221568",
    "userLink" : "https://twitter.com/intent/user?user_id=790068425322221568"
  }
}, {
  "follower" : {
    "accountId" : "849752850049716225",
    "userLink" : "https://twitter.com/intent/user?user_id=849752850049716225"
  }
}, {
  "follower" : {
    "accountId" : "1092476485116616704",
    "userLink" : "https://twitter.com/intent/user?user_id=1092476485116616704"
  }
}, {
  "follower" : {
    "accountId" : "598828116",
    "userLink" : "https://twitter.com/intent/user?user_id=598828116"
  }
}, {
  "follower" : {
    "accountId" : "1141371135810002945",
    "userLink" : "https://twitter.com/intent/user?user_id=1141371135810002945"
  }
}, {
  "follower" : {
    "accountId" : "1173781504494899201",
    "userLink" : "https://twitter.com/intent/user?user_id=1173781504494899201"
  }
}, {
  "follower" : {
    "accountId" : "769231775352627200",
    "userLink" : "https://twitter.com/intent/user?user_id=769231775352627200"
  }
}, {
  "follower" : {
    "accountId" : "4019255067",
    "userLink" : "https://twitter.com/intent/user?user_id=4019255067"
  }
}, {
  "follower" : {
    "accountId" : "382624263",
    "userLink" : "https://twitter.com/intent/user?user_id=382624263"
  }
}, {
  "follower" : {
    "accountId" : "4850320924",
    "userLink" : "https://twitter.com/intent/user?user_id=4850320924"
  }
}, {
  "follower" : {
    "accountId" : "139073037",
    "userLink" : "https://twitter.com/intent/user?user_id=139073037"
  }
}, {
  "follower" : {
    "accountId" : "861600588806717440",
    "userLink" : "https://twitter.com/intent/user?user_id=861600588806717440"
  }
}, {
  "follower" : {
    "accountId" : "1174069119236415488",
    "userLink" : "https://twitter.com/intent/user?user_id=1174069119236415488"
  }
}, {
  "follower" : {
    "accountId" : "912337100875296768",
    "userLink" : "https://twitter.com/intent/user?user_id=912337100875296768"
  }
}, {
  "follower" : {
    "accountId" : "268506842",
    "userLink" : "https://twitter.com/intent/user?user_id=268506842"
  }
}, {
  "follower" : {
    "accountId" : "969911271721193472",
    "userLink" : "https://twitter.com/intent/user?user_id=969911271721193472"
  }
}, {
  "follower" : {
    "accountId" : "1172932641382903808",
    "userLink" : "https://twitter.com/intent/user?user_id=1172932641382903808"
  }
}, {
  "follower" : {
    "accountId" : "722581908",
    "userLink" : "https://twitter.com/intent/user?user_id=722581908"
  }
}, {
  "follower" : {
    "accountId" : "3180115376",
    "userLink" : "https://twitter.com/intent/user?user_id=3180115376"
  }
}, {
  "follower" : {
    "accountId" : "2342191549",
    "userLink" : "https://twitter.com/intent/user?user_id=2342191549"
  }
}, {
  "follower" : {
    "accountId" : "1336933616",
    "userLink" : "https://twitter.com/intent/user?user_id=1336933616"
  }
}, {
  "follower" : {
    "accountId" : "24130718",
    "userLink" : "https://twitter.com/intent/user?user_id=24130718"
  }
}, {
  "follower" : {
    "accountId" : "872714580228808705",
    "userLink" : "https://twitter.com/intent/user?user_id=872714580228808705"
  }
}, {
  "follower" : {
    "accountId" : "1154081615523569664",
    "userLink" : "https://twitter.com/intent/user?user_id=1154081615523569664"
  }
}, {
  "follower" : {
    "accountId" : "515956056",
    "userLink" : "https://twitter.com/intent/user?user_id=515956056"
  }
}, {
  "follower" : {
    "accountId" : "1875416221",
    "userLink" : "https://twitter.com/intent/user?user_id=1875416221"
  }
}, {
  "follower" : {
    "accountId" : "95022883",
    "userLink" : "https://twitter.com/intent/user?user_id=95022883"
  }
}, {
  "follower" : {
    "accountId" : "14066984",
    "userLink" : "https://twitter.com/intent/user?user_id=14066984"
  }
}, {
  "follower" : {
    "accountId" : "497361707",
    "userLink" : "https://twitter.com/intent/user?user_id=497361707"
  }
}, {
  "follower" : {
    "accountId" : "853552190501384197",
    "userLink" : "https://twitter.com/intent/user?user_id=853552190501384197"
  }
}, {
  "follower" : {
    "accountId" : "1064659135088783360",
    "userLink" : "https://twitter.com/intent/user?user_id=1064659135088783360"
  }
}, {
  "follower" : {
    "accountId" : "68153784",
    "userLink" : "https://twitter.com/intent/user?user_id=68153784"
  }
}, {
  "follower" : {
    "accountId" : "828841525329096709",
    "userLink" : "https://twitter.com/intent/user?user_id=828841525329096709"
  }
}, {
  "follower" : {
    "accountId" : "2518778946",
    "userLink" : "https://twitter.com/intent/user?user_id=2518778946"
  }
}, {
  "follower" : {
    "accountId" : "715562047979687936",
    "userLink" : "https://twitter.com/intent/user?user_id=715562047979687936"
  }
}, {
  "follower" : {
    "accountId" : "2765348882",
    "userLink" : "https://twitter.com/intent/user?user_id=2765348882"
  }
}, {
  "follower" : {
    "accountId" : "2811893701",
    "userLink" : "https://twitter.com/intent/user?user_id=2811893701"
  }
}, {
  "follower" : {
    "accountId" : "288020151",
    "userLink" : "https://twitter.com/intent/user?user_id=288020151"
  }
}, {
  "follower" : {
    "accountId" : "578410335",
    "userLink" : "https://twitter.com/intent/user?user_id=578410335"
  }
}, {
  "follower" : {
    "accountId" : "1078943019708014592",
    "userLink" : "https://twitter.com/intent/user?user_id=1078943019708014592"
  }
}, {
  "follower" : {
    "accountId" : "382340711",
    "userLink" : "https://twitter.com/intent/user?user_id=382340711"
  }
}, {
  "follower" : {
    "accountId" : "393430798",
    "userLink" : "https://twitter.com/intent/user?user_id=393430798"
  }
}, {
  "follower" : {
    "accountId" : "216096050",
    "userLink" : "https://twitter.com/intent/user?user_id=216096050"
  }
}, {
  "follower" : {
    "accountId" : "2660422022",
    "userLink" : "https://twitter.com/intent/user?user_id=2660422022"
  }
}, {
  "follower" : {
    "accountId" : "908759155598675968",
    "userLink" : "https://twitter.com/intent/user?user_id=908759155598675968"
  }
}, {
  "follower" : {
    "accountId" : "1078881589625376770",
    "userLink" : "https://twitter.com/intent/user?user_id=1078881589625376770"
  }
}, {
  "follower" : {
    "accountId" : "701769945101766660",
    "userLink" : "https://twitter.com/intent/user?user_id=701769945101766660"
  }
}, {
  "follower" : {
    "accountId" : "281701727",
    "userLink" : "https://twitter.com/intent/user?user_id=281701727"
  }
}, {
  "follower" : {
    "accountId" : "127376018",
    "userLink" : "https://twitter.com/intent/user?user_id=127376018"
  }
}, {
  "follower" : {
    "accountId" : "711191254671953920",
    "userLink" : "https://twitter.com/intent/user?user_id=711191254671953920"
  }
}, {
  "follower" : {
    "accountId" : "1270921974",
    "userLink" : "https://twitter.com/intent/user?user_id=1270921974"
  }
}, {
  "follower" : {
    "accountId" : "913125204485918720",
    "userLink" : "https://twitter.com/intent/user?user_id=913125204485918720"
  }
}, {
  "follower" : {
    "accountId" : "1892337254",
    "userLink" : "https://twitter.com/intent/user?user_id=1892337254"
  }
}, {
  "follower" : {
    "accountId" : "861145503177875457",
    "userLink" : "https://twitter.com/intent/user?user_id=861145503177875457"
  }
}, {
  "follower" : {
    "accountId" : "1072739890171965440",
    "userLink" : "https://twitter.com/intent/user?user_id=1072739890171965440"
  }
}, {
  "follower" : {
    "accountId" : "1111649739529957381",
    "userLink" : "https://twitter.com/intent/user?user_id=1111649739529957381"
  }
}, {
  "follower" : {
    "accountId" : "370401571",
    "userLink" : "https://twitter.com/intent/user?user_id=370401571"
  }
}, {
  "follower" : {
    "accountId" : "801661566",
    "userLink" : "https://twitter.com/intent/user?user_id=801661566"
  }
}, {
  "follower" : {
    "accountId" : "98697390",
    "userLink" : "https://twitter.com/intent/user?user_id=98697390"
  }
}, {
  "follower" : {
    "accountId" : "1395862998",
    "userLink" : "https://twitter.com/intent/user?user_id=1395862998"
  }
}, {
  "follower" : {
    "accountId" : "872980429921439744",
    "userLink" : "https://twitter.com/intent/user?user_id=872980429921439744"
  }
}, {
  "follower" : {
    "accountId" : "629569613",
    "userLink" : "https://twitter.com/intent/user?user_id=629569613"
  }
}, {
  "follower" : {
    "accountId" : "758586822884790272",
    "userLink" : "https://twitter.com/intent/user?user_id=758586822884790272"
  }
}, {
  "follower" : {
    "accountId" : "1639680230",
    "userLink" : "https://twitter.com/intent/user?user_id=1639680230"
  }
}, {
  "follower" : {
    "accountId" : "339496430",
    "userLink" : "https://twitter.com/intent/user?user_id=339496430"
  }
}, {
  "follower" : {
    "accountId" : "916464598001348608",
    "userLink" : "https://twitter.com/intent/user?user_id=916464598001348608"
  }
}, {
  "follower" : {
    "accountId" : "262991956",
    "userLink" : "https://twitter.com/intent/user?user_id=262991956"
  }
}, {
  "follower" : {
    "accountId" : "1735836554",
    "userLink" : "https://twitter.com/intent/user?user_id=1735836554"
  }
}, {
  "follower" : {
    "accountId" : "7210862",
    "userLink" : "https://twitter.com/intent/user?user_id=7210862"
  }
}, {
  "follower" : {
    "accountId" : "1005299806787387392",
    "userLink" : "https://twitter.com/intent/user?user_id=1005299806787387392"
  }
}, {
  "follower" : {
    "accountId" : "3255019026",
    "userLink" : "https://twitter.com/intent/user?user_id=3255019026"
  }
}, {
  "follower" : {
    "accountId" : "191373687",
    "userLink" : "https://twitter.com/intent/user?user_id=191373687"
  }
}, {
  "follower" : {
    "accountId" : "753713503161225217",
    "userLink" : "https://twitter.com/intent/user?user_id=753713503161225217"
  }
}, {
  "follower" : {
    "accountId" : "817758575821029378",
    "userLink" : "https://twitter.com/intent/user?user_id=817758575821029378"
  }
}, {
  "follower" : {
    "accountId" : "419313024",
    "userLink" : "https://twitter.com/intent/user?user_id=419313024"
  }
}, {
  "follower" : {
    "accountId" : "2582302104",
    "userLink" : "https://twitter.com/intent/user?user_id=2582302104"
  }
}, {
  "follower" : {
    "accountId" : "964572874164981760",
    "userLink" : "https://twitter.com/intent/user?user_id=964572874164981760"
  }
}, {
  "follower" : {
    "accountId" : "14486435",
    "userLink" : "https://twitter.com/intent/user?user_id=14486435"
  }
}, {
  "follower" : {
    "accountId" : "988090147013967872",
    "userLink" : "https://twitter.com/intent/user?user_id=988090147013967872"
  }
}, {
  "follower" : {
    "accountId" : "1119453312",
    "userLink" : "https://twitter.com/intent/user?user_id=1119453312"
  }
}, {
  "follower" : {
    "accountId" : "889847284971819008",
    "userLink" : "https://twitter.com/intent/user?user_id=889847284971819008"
  }
}, {
  "follower" : {
    "accountId" : "2842063218",
    "userLink" : "https://twitter.com/intent/user?user_id=2842063218"
  }
}, {
  "follower" : {
    "accountId" : "960737577597849600",
    "userLink" : "https://twitter.com/intent/user?user_id=960737577597849600"
  }
}, {
  "follower" : {
    "accountId" : "124372946",
    "userLink" : "https://twitter.com/intent/user?user_id=124372946"
  }
}, {
  "follower" : {
    "accountId" : "4241267114",
    "userLink" : "https://twitter.com/intent/user?user_id=4241267114"
  }
}, {
  "follower" : {
    "accountId" : "3417819400",
    "userLink" : "https://twitter.com/intent/user?user_id=3417819400"
  }
}, {
  "follower" : {
    "accountId" : "22482867",
    "userLink" : "https://twitter.com/intent/user?user_id=22482867"
  }
}, {
  "follower" : {
    "accountId" : "903428388840505345",
    "userLink" : "https://twitter.com/intent/user?user_id=903428388840505345"
  }
}, {
  "follower" : {
    "accountId" : "3811875855",
    "userLink" : "https://twitter.com/intent/user?user_id=3811875855"
  }
}, {
  "follower" : {
    "accountId" : "722195084406558721",
    "userLink" : "https://twitter.com/intent/user?user_id=722195084406558721"
  }
}, {
  "follower" : {
    "accountId" : "50704815",
    "userLink" : "https://twitter.com/intent/user?user_id=50704815"
  }
}, {
  "follower" : {
    "accountId" : "420020218",
    "userLink" : "https://twitter.com/intent/user?user_id=420020218"
  }
}, {
  "follower" : {
    "accountId" : "3948487999",
    "userLink" : "https://twitter.com/intent/user?user_id=3948487999"
  }
}, {
  "follower" : {
    "accountId" : "203392457",
    "userLink" : "https://twitter.com/intent/user?user_id=203392457"
  }
}, {
  "follower" : {
    "accountId" : "2974256121",
    "userLink" : "https://twitter.com/intent/user?user_id=2974256121"
  }
}, {
  "follower" : {
    "accountId" : "66509657",
    "userLink" : "https://twitter.com/intent/user?user_id=66509657"
  }
}, {
  "follower" : {
    "accountId" : "90429071",
    "userLink" : "https://twitter.com/intent/user?user_id=90429071"
  }
}, {
  "follower" : {
    "accountId" : "3065671673",
    "userLink" : "https://twitter.com/intent/user?user_id=3065671673"
  }
}, {
  "follower" : {
    "accountId" : "960349906799079424",
    "userLink" : "https://twitter.com/intent/user?user_id=960349906799079424"
  }
}, {
  "follower" : {
    "accountId" : "891070583714177025",
    "userLink" : "https://twitter.com/intent/user?user_id=891070583714177025"
  }
}, {
  "follower" : {
    "accountId" : "275140621",
    "userLink" : "https://twitter.com/intent/user?user_id=275140621"
  }
}, {
  "follower" : {
    "accountId" : "39888438",
    "userLink" : "https://twitter.com/intent/user?user_id=39888438"
  }
}, {
  "follower" : {
    "accountId" : "251389270",
    "userLink" : "https://twitter.com/intent/user?user_id=251389270"
  }
}, {
  "follower" : {
    "accountId" : "3487581796",
    "userLink" : "https://twitter.com/intent/user?user_id=3487581796"
  }
}, {
  "follower" : {
    "accountId" : "827441273007067137",
    "userLink" : "https://twitter.com/intent/user?user_id=827441273007067137"
  }
}, {
  "follower" : {
    "accountId" : "85438772",
    "userLink" : "https://twitter.com/intent/user?user_id=85438772"
  }
}, {
  "follower" : {
    "accountId" : "1042749076343869442",
    "userLink" : "https://twitter.com/intent/user?user_id=1042749076343869442"
  }
}, {
  "follower" : {
    "accountId" : "784496150757928961",
    "userLink" : "https://twitter.com/intent/user?user_id=784496150757928961"
  }
}, {
  "follower" : {
    "accountId" : "186971603",
    "userLink" : "https://twitter.com/intent/user?user_id=186971603"
  }
}, {
  "follower" : {
    "accountId" : "955308003892359168",
    "userLink" : "https://twitter.com/intent/user?user_id=955308003892359168"
  }
}, {
  "follower" : {
    "accountId" : "1539230054",
    "userLink" : "https://twitter.com/intent/user?user_id=1539230054"
  }
}, {
  "follower" : {
    "accountId" : "52569582",
    "userLink" : "https://twitter.com/intent/user?user_id=52569582"
  }
}, {
  "follower" : {
    "accountId" : "2875174554",
    "userLink" : "https://twitter.com/intent/user?user_id=2875174554"
  }
}, {
  "follower" : {
    "accountId" : "2457977228",
    "userLink" : "https://twitter.com/intent/user?user_id=2457977228"
  }
}, {
  "follower" : {
    "accountId" : "2590888519",
    "userLink" : "https://twitter.com/intent/user?user_id=2590888519"
  }
}, {
  "follower" : {
    "accountId" : "866740478166925313",
    "userLink" : "https://twitter.com/intent/user?user_id=866740478166925313"
  }
}, {
  "follower" : {
    "accountId" : "3083910807",
    "userLink" : "https://twitter.com/intent/user?user_id=3083910807"
  }
}, {
  "follower" : {
    "accountId" : "521298743",
    "userLink" : "https://twitter.com/intent/user?user_id=521298743"
  }
}, {
  "follower" : {
    "accountId" : "801956926108143616",
    "userLink" : "https://twitter.com/intent/user?user_id=801956926108143616"
  }
}, {
  "follower" : {
    "accountId" : "284430163",
    "userLink" : "https://twitter.com/intent/user?user_id=284430163"
  }
}, {
  "follower" : {
    "accountId" : "707252759989501952",
    "userLink" : "https://twitter.com/intent/user?user_id=707252759989501952"
  }
}, {
  "follower" : {
    "accountId" : "349660275",
    "userLink" : "https://twitter.com/intent/user?user_id=349660275"
  }
}, {
  "follower" : {
    "accountId" : "124307598",
    "userLink" : "https://twitter.com/intent/user?user_id=124307598"
  }
}, {
  "follower" : {
    "accountId" : "348526903",
    "userLink" : "https://twitter.com/intent/user?user_id=348526903"
  }
}, {
  "follower" : {
    "accountId" : "1120938213898502145",
    "userLink" : "https://twitter.com/intent/user?user_id=1120938213898502145"
  }
}, {
  "follower" : {
    "accountId" : "748682098689445888",
    "userLink" : "https://twitter.com/intent/user?user_id=748682098689445888"
  }
}, {
  "follower" : {
    "accountId" : "55223738",
    "userLink" : "https://twitter.com/intent/user?user_id=55223738"
  }
}, {
  "follower" : {
    "accountId" : "854706936058716161",
    "userLink" : "https://twitter.com/intent/user?user_id=854706936058716161"
  }
}, {
  "follower" : {
    "accountId" : "709564902399217664",
    "userLink" : "https://twitter.com/intent/user?user_id=709564902399217664"
  }
}, {
  "follower" : {
    "accountId" : "3065854184",
    "userLink" : "https://twitter.com/intent/user?user_id=3065854184"
  }
}, {
  "follower" : {
    "accountId" : "2166719612",
    "userLink" : "https://twitter.com/intent/user?user_id=2166719612"
  }
}, {
  "follower" : {
    "accountId" : "27963794",
    "userLink" : "https://twitter.com/intent/user?user_id=27963794"
  }
}, {
  "follower" : {
    "accountId" : "1114069129697349632",
    "userLink" : "https://twitter.com/intent/user?user_id=1114069129697349632"
  }
}, {
  "follower" : {
    "accountId" : "574056142",
    "userLink" : "https://twitter.com/intent/user?user_id=574056142"
  }
}, {
  "follower" : {
    "accountId" : "330486212",
    "userLink" : "https://twitter.com/intent/user?user_id=330486212"
  }
}, {
  "follower" : {
    "accountId" : "3020301048",
    "userLink" : "https://twitter.com/intent/user?user_id=3020301048"
  }
}, {
  "follower" : {
    "accountId" : "242114819",
    "userLink" : "https://twitter.com/intent/user?user_id=242114819"
  }
}, {
  "follower" : {
    "accountId" : "16106863",
    "userLink" : "https://twitter.com/intent/user?user_id=16106863"
  }
}, {
  "follower" : {
    "accountId" : "453425321",
    "userLink" : "https://twitter.com/intent/user?user_id=453425321"
  }
}, {
  "follower" : {
    "accountId" : "1308539707",
    "userLink" : "https://twitter.com/intent/user?user_id=1308539707"
  }
}, {
  "follower" : {
    "accountId" : "365001408",
    "userLink" : "https://twitter.com/intent/user?user_id=365001408"
  }
}, {
  "follower" : {
    "accountId" : "925629581901684736",
    "userLink" : "https://twitter.com/intent/user?user_id=925629581901684736"
  }
}, {
  "follower" : {
    "accountId" : "3292069877",
    "userLink" : "https://twitter.com/intent/user?user_id=3292069877"
  }
}, {
  "follower" : {
    "accountId" : "27943644",
    "userLink" : "https://twitter.com/intent/user?user_id=27943644"
  }
}, {
  "follower" : {
    "accountId" : "846455708",
    "userLink" : "https://twitter.com/intent/user?user_id=846455708"
  }
}, {
  "follower" : {
    "accountId" : "24308255",
    "userLink" : "https://twitter.com/intent/user?user_id=24308255"
  }
}, {
  "follower" : {
    "accountId" : "901651509355700225",
    "userLink" : "https://twitter.com/intent/user?user_id=901651509355700225"
  }
}, {
  "follower" : {
    "accountId" : "1178205060",
    "userLink" : "https://twitter.com/intent/user?user_id=1178205060"
  }
}, {
  "follower" : {
    "accountId" : "1075003876728823808",
    "userLink" : "https://twitter.com/intent/user?user_id=1075003876728823808"
  }
}, {
  "follower" : {
    "accountId" : "1111461060",
    "userLink" : "https://twitter.com/intent/user?user_id=1111461060"
  }
}, {
  "follower" : {
    "accountId" : "783326288878587905",
    "userLink" : "https://twitter.com/intent/user?user_id=783326288878587905"
  }
}, {
  "follower" : {
    "accountId" : "4570666163",
    "userLink" : "https://twitter.com/intent/user?user_id=4570666163"
  }
}, {
  "follower" : {
    "accountId" : "15745564",
    "userLink" : "https://twitter.com/intent/user?user_id=15745564"
  }
}, {
  "follower" : {
    "accountId" : "1073189309996560384",
    "userLink" : "https://twitter.com/intent/user?user_id=1073189309996560384"
  }
}, {
  "follower" : {
    "accountId" : "72386285",
    "userLink" : "https://twitter.com/intent/user?user_id=72386285"
  }
}, {
  "follower" : {
    "accountId" : "717097994135474180",
    "userLink" : "https://twitter.com/intent/user?user_id=717097994135474180"
  }
}, {
  "follower" : {
    "accountId" : "786623471597998082",
    "userLink" : "https://twitter.com/intent/user?user_id=786623471597998082"
  }
}, {
  "follower" : {
    "accountId" : "147884762",
    "userLink" : "https://twitter.com/intent/user?user_id=147884762"
  }
}, {
  "follower" : {
    "accountId" : "14633143",
    "userLink" : "https://twitter.com/intent/user?user_id=14633143"
  }
}, {
  "follower" : {
    "accountId" : "4818463334",
    "userLink" : "https://twitter.com/intent/user?user_id=4818463334"
  }
}, {
  "follower" : {
    "accountId" : "17275626",
    "userLink" : "https://twitter.com/intent/user?user_id=17275626"
  }
}, {
  "follower" : {
    "accountId" : "973570399081508864",
    "userLink" : "https://twitter.com/intent/user?user_id=973570399081508864"
  }
}, {
  "follower" : {
    "accountId" : "1104831147199078400",
    "userLink" : "https://twitter.com/intent/user?user_id=1104831147199078400"
  }
}, {
  "follower" : {
    "accountId" : "436222392",
    "userLink" : "https://twitter.com/intent/user?user_id=436222392"
  }
}, {
  "follower" : {
    "accountId" : "3180178464",
    "userLink" : "https://twitter.com/intent/user?user_id=3180178464"
  }
}, {
  "follower" : {
    "accountId" : "1107286039482322945",
    "userLink" : "https://twitter.com/intent/user?user_id=1107286039482322945"
  }
}, {
  "follower" : {
    "accountId" : "313314955",
    "userLink" : "https://twitter.com/intent/user?user_id=313314955"
  }
}, {
  "follower" : {
    "accountId" : "20263590",
    "userLink" : "https://twitter.com/intent/user?user_id=20263590"
  }
}, {
  "follower" : {
    "accountId" : "884419153716752385",
    "userLink" : "https://twitter.com/intent/user?user_id=884419153716752385"
  }
}, {
  "follower" : {
    "accountId" : "1499157313",
    "userLink" : "https://twitter.com/intent/user?user_id=1499157313"
  }
}, {
  "follower" : {
    "accountId" : "74441829",
    "userLink" : "https://twitter.com/intent/user?user_id=74441829"
  }
}, {
  "follower" : {
    "accountId" : "723977975721529347",
    "userLink" : "https://twitter.com/intent/user?user_id=723977975721529347"
  }
}, {
  "follower" : {
    "accountId" : "1279707936",
    "userLink" : "https://twitter.com/intent/user?user_id=1279707936"
  }
}, {
  "follower" : {
    "accountId" : "732976295513067522",
    "userLink" : "https://twitter.com/intent/user?user_id=732976295513067522"
  }
}, {
  "follower" : {
    "accountId" : "55047034",
    "userLink" : "https://twitter.com/intent/user?user_id=55047034"
  }
}, {
  "follower" : {
    "accountId" : "872048178501218304",
    "userLink" : "https://twitter.com/intent/user?user_id=872048178501218304"
  }
}, {
  "follower" : {
    "accountId" : "2293269104",
    "userLink" : "https://twitter.com/intent/user?user_id=2293269104"
  }
}, {
  "follower" : {
    "accountId" : "4883548690",
    "userLink" : "https://twitter.com/intent/user?user_id=4883548690"
  }
}, {
  "follower" : {
    "accountId" : "1076478031760449536",
    "userLink" : "https://twitter.com/intent/user?user_id=1076478031760449536"
  }
}, {
  "follower" : {
    "accountId" : "1470271562",
    "userLink" : "https://twitter.com/intent/user?user_id=1470271562"
  }
}, {
  "follower" : {
    "accountId" : "3148977558",
    "userLink" : "https://twitter.com/intent/user?user_id=3148977558"
  }
}, {
  "follower" : {
    "accountId" : "1099798755338080257",
    "userLink" : "https://twitter.com/intent/user?user_id=1099798755338080257"
  }
}, {
  "follower" : {
    "accountId" : "4261609960",
    "userLink" : "https://twitter.com/intent/user?user_id=4261609960"
  }
}, {
  "follower" : {
    "accountId" : "42250830",
    "userLink" : "https://twitter.com/intent/user?user_id=42250830"
  }
}, {
  "follower" : {
    "accountId" : "2358027222",
    "userLink" : "https://twitter.com/intent/user?user_id=2358027222"
  }
}, {
  "follower" : {
    "accountId" : "991656156451016704",
    "userLink" : "https://twitter.com/intent/user?user_id=991656156451016704"
  }
}, {
  "follower" : {
    "accountId" : "15038365",
    "userLink" : "https://twitter.com/intent/user?user_id=15038365"
  }
}, {
  "follower" : {
    "accountId" : "364149898",
    "userLink" : "https://twitter.com/intent/user?user_id=364149898"
  }
}, {
  "follower" : {
    "accountId" : "627689489",
    "userLink" : "https://twitter.com/intent/user?user_id=627689489"
  }
}, {
  "follower" : {
    "accountId" : "803370699322691585",
    "userLink" : "https://twitter.com/intent/user?user_id=803370699322691585"
  }
}, {
  "follower" : {
    "accountId" : "747803264444411905",
    "userLink" : "https://twitter.com/intent/user?user_id=747803264444411905"
  }
}, {
  "follower" : {
    "accountId" : "120129968",
    "userLink" : "https://twitter.com/intent/user?user_id=120129968"
  }
}, {
  "follower" : {
    "accountId" : "119195644",
    "userLink" : "https://twitter.com/intent/user?user_id=119195644"
  }
}, {
  "follower" : {
    "accountId" : "1172686496",
    "userLink" : "https://twitter.com/intent/user?user_id=1172686496"
  }
}, {
  "follower" : {
    "accountId" : "43684915",
    "userLink" : "https://twitter.com/intent/user?user_id=43684915"
  }
}, {
  "follower" : {
    "accountId" : "294025549",
    "userLink" : "https://twitter.com/intent/user?user_id=294025549"
  }
}, {
  "follower" : {
    "accountId" : "785081080982466561",
    "userLink" : "https://twitter.com/intent/user?user_id=785081080982466561"
  }
}, {
  "follower" : {
    "accountId" : "38924717",
    "userLink" : "https://twitter.com/intent/user?user_id=38924717"
  }
}, {
  "follower" : {
    "accountId" : "2690842992",
    "userLink" : "https://twitter.com/intent/user?user_id=2690842992"
  }
}, {
  "follower" : {
    "accountId" : "780951937906774016",
    "userLink" : "https://twitter.com/intent/user?user_id=780951937906774016"
  }
}, {
  "follower" : {
    "accountId" : "981983187013283840",
    "userLink" : "https://twitter.com/intent/user?user_id=981983187013283840"
  }
}, {
  "follower" : {
    "accountId" : "857965206852513793",
    "userLink" : "https://twitter.com/intent/user?user_id=857965206852513793"
  }
}, {
  "follower" : {
    "accountId" : "488789145",
    "userLink" : "https://twitter.com/intent/user?user_id=488789145"
  }
}, {
  "follower" : {
    "accountId" : "628237939",
    "userLink" : "https://twitter.com/intent/user?user_id=628237939"
  }
}, {
  "follower" : {
    "accountId" : "3787841419",
    "userLink" : "https://twitter.com/intent/user?user_id=3787841419"
  }
}, {
  "follower" : {
    "accountId" : "3401854214",
    "userLink" : "https://twitter.com/intent/user?user_id=3401854214"
  }
}, {
  "follower" : {
    "accountId" : "1168205362232614912",
    "userLink" : "https://twitter.com/intent/user?user_id=1168205362232614912"
  }
}, {
  "follower" : {
    "accountId" : "2692944458",
    "userLink" : "https://twitter.com/intent/user?user_id=2692944458"
  }
}, {
  "follower" : {
    "accountId" : "734059512114601984",
    "userLink" : "https://twitter.com/intent/user?user_id=734059512114601984"
  }
}, {
  "follower" : {
    "accountId" : "1154079130373066753",
    "userLink" : "https://twitter.com/intent/user?user_id=1154079130373066753"
  }
}, {
  "follower" : {
    "accountId" : "3043961591",
    "userLink" : "https://twitter.com/intent/user?user_id=3043961591"
  }
}, {
  "follower" : {
    "accountId" : "1153721529131315203",
    "userLink" : "https://twitter.com/intent/user?user_id=1153721529131315203"
  }
}, {
  "follower" : {
    "accountId" : "367338048",
    "userLink" : "https://twitter.com/intent/user?user_id=367338048"
  }
}, {
  "follower" : {
    "accountId" : "4364907047",
    "userLink" : "https://twitter.com/intent/user?user_id=4364907047"
  }
}, {
  "follower" : {
    "accountId" : "894112364932497409",
    "userLink" : "https://twitter.com/intent/user?user_id=894112364932497409"
  }
}, {
  "follower" : {
    "accountId" : "500560696",
    "userLink" : "https://twitter.com/intent/user?user_id=500560696"
  }
}, {
  "follower" : {
    "accountId" : "3346646219",
    "userLink" : "https://twitter.com/intent/user?user_id=3346646219"
  }
}, {
  "follower" : {
    "accountId" : "1056536474416484353",
    "userLink" : "https://twitter.com/intent/user?user_id=1056536474416484353"
  }
}, {
  "follower" : {
    "accountId" : "2678662664",
    "userLink" : "https://twitter.com/intent/user?user_id=2678662664"
  }
}, {
  "follower" : {
    "accountId" : "16206087",
    "userLink" : "https://twitter.com/intent/user?user_id=16206087"
  }
}, {
  "follower" : {
    "accountId" : "30820849",
    "userLink" : "https://twitter.com/intent/user?user_id=30820849"
  }
}, {
  "follower" : {
    "accountId" : "2875634857",
    "userLink" : "https://twitter.com/intent/user?user_id=2875634857"
  }
}, {
  "follower" : {
    "accountId" : "75099090",
    "userLink" : "https://twitter.com/intent/user?user_id=75099090"
  }
}, {
  "follower" : {
    "accountId" : "950034989395177472",
    "userLink" : "https://twitter.com/intent/user?user_id=950034989395177472"
  }
}, {
  "follower" : {
    "accountId" : "1172441640838975488",
    "userLink" : "https://twitter.com/intent/user?user_id=1172441640838975488"
  }
}, {
  "follower" : {
    "accountId" : "233890382",
    "userLink" : "https://twitter.com/intent/user?user_id=233890382"
  }
}, {
  "follower" : {
    "accountId" : "975831548254736387",
    "userLink" : "https://twitter.com/intent/user?user_id=975831548254736387"
  }
}, {
  "follower" : {
    "accountId" : "1165246941736919040",
    "userLink" : "https://twitter.com/intent/user?user_id=1165246941736919040"
  }
}, {
  "follower" : {
    "accountId" : "2868154546",
    "userLink" : "https://twitter.com/intent/user?user_id=2868154546"
  }
}, {
  "follower" : {
    "accountId" : "886460911",
    "userLink" : "https://twitter.com/intent/user?user_id=886460911"
  }
}, {
  "follower" : {
    "accountId" : "1057203670696243200",
    "userLink" : "https://twitter.com/intent/user?user_id=1057203670696243200"
  }
} ]