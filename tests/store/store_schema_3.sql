-- A store made by newsfuse at main 1b1c0c1 (store schema 3, before migration 4), dumped with
-- sqlite3's iterdump: 7 reports of 3 events (tests/conftest.py EVENTS, written by us), one of
-- them updated in place, a junk page, 3 stories with 2 brief versions each, a followed feed.
-- tests/store/test_live_store.py opens it with today's code and checks that nothing is lost.
BEGIN TRANSACTION;
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,            -- the file path or URL it was read from
    canonical_url TEXT NOT NULL,     -- identity of the article across fetches
    url TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    junk_reason TEXT NOT NULL DEFAULT '',   -- why it is not a news report ('' when it is)
    version INTEGER NOT NULL DEFAULT 1,
    superseded_by INTEGER REFERENCES articles(id),
    ingested_at TEXT NOT NULL,
    terms TEXT NOT NULL DEFAULT '{}',       -- grouping fingerprint: term counts (JSON)
    minhash BLOB NOT NULL DEFAULT x'',      -- grouping fingerprint: MinHash of shingles
    story_id INTEGER REFERENCES stories(id),
    duplicate_of INTEGER REFERENCES articles(id)
, effective_at TEXT NOT NULL DEFAULT '', published_at TEXT NOT NULL DEFAULT '', vector BLOB NOT NULL DEFAULT x'', norm REAL NOT NULL DEFAULT 0, counted INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0);
INSERT INTO "articles" VALUES(1,'fire-1.txt','file:///fire-1','','','fire','','2026-03-11','A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.

Two workers were taken to hospital with burns, the fire service said.

Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.

Sign up to our newsletter

The cause of the fire is not yet known, police said.','5cf507c65045763ae5c054b8422092a45752beedf8091736817efe9b1df314a8','',1,8,'2026-03-12T08:00:00+00:00','{"#halden":1,"#lind":1,"#marta":1,"#port":1,"#sign":1,"#tuesday":1,"#wednesday":1,"200":1,"burns":1,"cause":1,"chief":1,"control":1,"crews":1,"evacuation":1,"forcing":1,"grain":1,"halden":1,"homes":1,"hospital":1,"known":1,"lind":1,"marta":1,"nearby":1,"newsletter":1,"night":1,"police":1,"port":1,"said":3,"service":1,"sign":1,"taken":1,"terminal":1,"tore":1,"tuesday":1,"wednesday":1,"workers":1}',X'A2BB3B0028F0B60032F64B06BFE35100A53574102916C506D37E6203EB746001575ABE06781E1406305D76007DF5070FDB9AEC0322298201B8F70F020765190242E93006007FAE05412BA90B826A3300CC482204D1D9F107F6D87B086508F9000EA27F05DCFA46069302C70E5624240812A085024D892401AAE8A8024DDA510619EF5E040D0A4201C2B38102CEC38604A6B37C00AFFFF3091B806B015F3488067564AC0348D56705ED42640745E166007AE075087ECEF3015B700700064851070DCBF6015F644600B131A600F24E8608CBF92E04037F5701E9C68408B9C6CF0726F2E9014E5530073C033008DAADDC057A36BB00AECC0507622D15054C210200',1,NULL,'2026-03-11T12:00:00+00:00','',X'5D03540F41157B8FC503DC127C157E951D024D06D3CBAC9DB2014704FE917E9FA8012F04608413A6BB016A0469EA43A6900265094FD762AF0E034E0CC07D2DB81402460608D6E8BFCB01DF04B5F914C7F202020CD29A9DE17D02E70859597CE43004D9169CD56BE500031D0CF9B01DEC0203EC0B4B2CDBEDA2012904D6043BEF12022206BF7FDAF039021C07A3A451F4D501F7042BEC79FE16024906858589021B024806970FDA112B0268060F59361C0002FF054C8E7F1D93002901B3EE3121E901190519209622E8033B1477D1973425024C06EB54E83E6503610F5BC88242C6016904CC5D9143E902AF0B11B287492303360D5BD5AA638202AA0851DB13782E027D06021EC67A12023306F109267B6D026F08938A997D4E04A917C885857E0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803FAA4F06400000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.03165016737374486415e+01,1,1);
INSERT INTO "articles" VALUES(2,'tram-1.txt','file:///tram-1','','','tram','','2026-03-11','Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours. Mayor Lena Brandt said construction of the 9-kilometre line would start next spring and cost about 410 million crowns. Opponents on the council said the tram would drain money from buses.','6c905749db69b155e61bfff7f498216b5ea32b3da5661275294f91b706cdea35','',1,NULL,'2026-03-12T08:00:00+00:00','{"#brandt":1,"#lena":1,"#mayor":1,"#opponents":1,"#ostvik":1,"#thursday":1,"18":1,"31":1,"410":1,"approved":1,"brandt":1,"buses":1,"campus":1,"city":1,"construction":1,"cost":1,"council":2,"crowns":1,"debate":1,"drain":1,"hours":1,"kilometre":1,"lasted":1,"lena":1,"line":2,"mayor":1,"million":1,"money":1,"new":1,"opponents":1,"ostvik":1,"said":2,"spring":1,"start":1,"thursday":1,"tram":2,"university":1,"votes":1}',X'4DBA6F0178A3810021C6B502151CDB08DEFE320A4F7B520065A8C501FF8F3F0950323E017505EC01829956024469EB03DF4FF801AC3288032D186211984E6F0ADB4B390101601B05D6E309084A963C01FA8020026A2CDA00E55C4C001D35180C8510400458EE7D0467E59C0058ED920484DE37043E9A1406405B550AAF48CD00DBD4C015EB4FAE049CABDA0320E4C706D4866808DEF98A0915D8200125CA72040AC4D603545ADF00F4650E02DF0519026FD5BB02BAFDD60081799403FD6D300BEADDD90195784F13BB82550A000A8000BCE8C9094AE7F10472132E055F2E0000B249B80A0BB0950018ADCD05E2CB5401A8A95405220AA4002B5C0F089BB7A402',2,NULL,'2026-03-11T12:00:00+00:00','',X'32027F068DBD1A8AEE02BE0BE253F18E0A04D814A7D64C978A029E081168099D2F028F068F55799F6304FC17EC857AA06A009C00D3AD86AF29026F06E413DFB79D020209D79039BCC401D0045EF464BEA9013004F6B414D14C02380706C18CD52C058E216EE291DCB5015904EA1389DD66024F0868A3C4DDA10120048B8963DF7C02960897D1C6E065009900F5776CE4A2012904D6043BEF23025906F3EA00FEC402440AF89097FE7E02C90822C58112BA013704FC9426182902650620E05423A1024E0924CD6C2CBA012C0434025B2D9F028C094B8C3D32E7037913AC12A5360F0224062173863C9600310140A3A73C7503AB0FAC92F74E3202A806CF7A8B51CD03FC12BBD15C5C94022E0969143E6B4B018E024544E36B9803E7100DE7A076F502CB0BA6B5AD7A6203460F1DD8577C0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0CB9D83F0000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',11.2639938826664,1,1);
INSERT INTO "articles" VALUES(3,'storm-1.txt','file:///storm-1','','','storm','','2026-03-11','Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes. The national weather office kept its red warning in place until midnight and told residents to stay indoors. Ferries between Varna and the islands were cancelled for the rest of the day.','bdc38b0e0f4d9c2b6cf0abaea9a85617ae87908a07f928bdf6a80b6d198e11b5','',1,NULL,'2026-03-12T08:00:00+00:00','{"#edda":1,"#ferries":1,"#monday":1,"#storm":1,"#varna":2,"000":1,"140":1,"52":1,"brought":1,"cancelled":1,"closing":1,"coast":1,"cutting":1,"day":1,"districts":1,"edda":1,"ferries":1,"homes":1,"indoors":1,"islands":1,"kept":1,"km":1,"midnight":1,"monday":1,"national":1,"office":1,"place":1,"power":1,"red":1,"residents":1,"rest":1,"schools":1,"stay":1,"storm":1,"told":1,"varna":2,"warning":1,"weather":1,"winds":1}',X'49124804634218026B0B5E0117D72D08C2CF2904ABA01C062DC37D0420DC8401E8066D05F2BB9F0312B470041652A402CF223204AD3E8C010FB4000B94CF7504B961D60045A7840A86CF72007B53AA00601B2B07AC5A2E00B85DF4043B012F02D8933800C9014700E23DBA00C83A7A01677C5B0D87779F0921BABB00B0FA860040000A01776FD304F84E6A05376B9000494038041DEB4804854CB105576184030E9D9E06C61C3200C92DC303B6FB1600D5133806968078014ABA7C054A257E022827B301CC8626009551EA01FABBC504B4AF3601048F2F1DB2EC62061E8C4001FAF0170265BB4805B627180EAE91C1055DF0DE015F2AE60161F94D01C21C3B07',3,NULL,'2026-03-11T12:00:00+00:00','',X'5703180FB006FD901D024D06D3CBAC9D19026A06CDD994A52E029206A0018AAB8902DE08092DD2DF3F016A029029A0E53602B20645D08CF1D203FB12E46970F2D900450176BDD3F4F102A90B3BAC97F99C03FB11C7FBF5F93C0187028F5F61FAB5013304066A28FBFF020C0CCD267CFBBF015504D02114FDB4015D0420E505055902850763F15407AC02D409D570290D91002301DD3AB522FF02CE0B5539C52968009E00C9813F2BFC02D90B6517F837B2019D0469394138F702FE0BC69C4E4026028106441B2A4196002E01EE951B47FC02DA0BD53B4447F102CF0B6ED3D04C3C023D07EBF84C53F002B90BB4EB42558F01ED03BC444659EF02BD0B02CB785BC20167049C83095E1B022D06D2239A61DA031413DC18E36806023306CD531D746D029C08026B51745503EA0EF3D67F741403C20C99C920760000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.10135149558458405043e+01,1,1);
INSERT INTO "articles" VALUES(4,'junk.txt','file:///junk','','','','','','Sign in to continue reading.','2f1aaf17e3e4f2b02f015249aba0867550741b73ee79355dcc14c16bff9ae843','login wall',1,NULL,'2026-03-12T08:00:00+00:00','{}',X'',NULL,NULL,'2026-03-12T08:00:00+00:00','',X'',0.0,0,0);
INSERT INTO "articles" VALUES(5,'fire-2.txt','file:///fire-2','','','fire','','2026-03-12','A fire swept through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.

The union said five workers were hurt and that the fire was still burning on Wednesday morning.

The terminal stores about 40,000 tonnes of wheat and barley for farmers in the western valleys.

Read more: harbour news','102938bc630cc26b02911a9239e49b188edb1f33cd94844a6111c756526e296f','',1,NULL,'2026-03-12T08:00:00+00:00','{"#halden":1,"#port":1,"#read":1,"#tuesday":1,"#wednesday":1,"000":1,"200":1,"40":1,"barley":1,"burning":1,"evacuation":1,"farmers":1,"forcing":1,"grain":1,"halden":1,"harbour":1,"homes":1,"hurt":1,"morning":1,"nearby":1,"news":1,"night":1,"port":1,"read":1,"said":1,"stores":1,"swept":1,"terminal":2,"tonnes":1,"tuesday":1,"union":1,"valleys":1,"wednesday":1,"western":1,"wheat":1,"workers":1}',X'316A0B0078AF7601957CAB0497F701005934880F34AE9004D37E6203EB746001107A4201ED386304F41EF804699A590D68972004E0109A030A490C05CE87881173E31300276CC1021D923B02826A3300C2A08107D1D9F107427F8E03FD29890205EFB503DCFA4606A7055504ED613C015DF9BF0103A0C30809C5550297FF5B014BCDE7070D0A4201026C8805932D5D0357E23D0B3B8811044D3FE20311141B044B88820A9552770338A68B0380AF1601837D7D00F8D65C019FB36B0735ED5E014DECDA015F644600CD0ABF038588AF0A974BF0034165E7068393E90FB0F71C005D41F000BBC0B404F41ADF0759EF9D0D8393D10039C0AF0FAF1A57014ADE4309',1,NULL,'2026-03-12T08:00:00+00:00','',X'0103E70B95DFA3855D03540F41157B8FC503DC127C157E959D012104674157981D024D06D3CBAC9D900265094FD762AF0E034E0CC07D2DB83402A3063F30F3B8FB020C0C363EEAB9C4015B041A048DC7A1024B09CC7C90D565009A00A4D12ADC80028608265D04E13004D9169CD56BE500031D0CF9B01DECF602E30B226FEFEDA2012904D6043BEFC001D104B23C50F91B024806970FDA111A025D0626F2D016BE014C045099D31D93002901B3EE3121E90119051920962291002301DD3AB5222A028D060AD38023E8033B1477D19734C6016904CC5D9143E902AF0B11B287490903360C065CAA4FF402900B9A9C685B2303360D5BD5AA63F1028B0B16D4E5669802280996D725728202AA0851DB137812023306F109267B6D026F08938A997D0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.22950646622520523012e+01,1,1);
INSERT INTO "articles" VALUES(6,'tram-2.txt','file:///tram-2','','','tram','','2026-03-12','The tram line to Ostvik university won approval from the city council late on Thursday. Councillors voted 31 to 18 for the 410-million-crown project, which Mayor Lena Brandt called the biggest investment in the city''s transport in forty years. Student groups cheered in the public gallery as the result of the council vote was read out.','db005acab3c37f4a7323f660624e01a2fe27d691251e65e344ce0e8be33aac27','',1,NULL,'2026-03-12T08:00:00+00:00','{"#brandt":1,"#councillors":1,"#lena":1,"#mayor":1,"#ostvik":1,"#student":1,"#thursday":1,"18":1,"31":1,"410":1,"approval":1,"biggest":1,"brandt":1,"called":1,"cheered":1,"city":1,"city''s":1,"council":2,"councillors":1,"crown":1,"gallery":1,"groups":1,"investment":1,"late":1,"lena":1,"line":1,"mayor":1,"million":1,"ostvik":1,"project":1,"public":1,"read":1,"result":1,"student":1,"thursday":1,"tram":1,"transport":1,"university":1,"vote":1,"voted":1,"won":1,"years":1}',X'B19C8300E9607706CBD29A0020E3D004F587BB03C2ADC4038163290AC48854057C264F02C3B0C20604733402D4A6F30310104E0437ADA6039B031104637CC10044E178004B3AF2102FE1EB00A6C144022D4CC6038CBE7F07827CF509FDCE7A03B313F30DE55F1104E9666A00ED0B5E0A4BADB30D1B3EA004EDEE2302E3AACF06739579002843A70120AF440D9DC43F00D74E3C0D4BE582057548F00649466304927D3003F90065056978990252FDBA05A4B96501DF0D78008FED2E0052DD0C0295C8880011201F0249F9D5020EFB9203C9EE340080282D0087A83F088AF76E0208535000B8AE50087D4C5B09D63F23162F00EB043F374706EC72ED013581B300',2,NULL,'2026-03-12T08:00:00+00:00','',X'EE02BE0BE253F18E9D01210467415798D1023D0BA07D9F9B6304FC17EC857AA02502700677E808A3D1046F1D4239ECAD6A009C00D3AD86AF08033C0C33AF23B7C401D0045EF464BEA9013004F6B414D1AE04CA1BC94711D22302990608FF58D24C02380706C18CD5B5015904EA1389DDA10120048B8963DF7C02960897D1C6E065009900F5776CE45501B402F09C90E6A102180970396DF066025F08F6C298F9C402440AF89097FE540261089C3F3407A002220913C16A136603460F2B95E0162902650620E05423A1024E0924CD6C2CBA012C0434025B2DF802FF0BEED0B32F9F028C094B8C3D322B03550D91CA94388002F0081D2EB43B9600310140A3A73CE602530B1C2E3B3E4E049E17D60ACA43F102760B3A782B477503AB0FAC92F74E2A026506E4BD7950BF0176046485105AEE038C132E21AB66A7012404951F2A6F9803E7100DE7A076F502CB0BA6B5AD7A0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.44554889650301969798e+01,1,1);
INSERT INTO "articles" VALUES(7,'storm-2.txt','file:///storm-2','','','storm','','2026-03-12','More than 50,000 homes on the Varna coast lost power as Storm Edda hit on Monday with gusts of 140 km/h. Schools in three districts were shut, and the weather office''s red warning stayed in force until midnight. The islands'' ferry link was cancelled, stranding hundreds of travellers in Varna harbour overnight.','911586a2eb9c16327ee6f48035c77cddbb0ae95515d857cf17817bd9ec22b941','',1,NULL,'2026-03-12T08:00:00+00:00','{"#edda":1,"#monday":1,"#schools":1,"#storm":1,"#varna":2,"000":1,"140":1,"50":1,"cancelled":1,"coast":1,"districts":1,"edda":1,"ferry":1,"force":1,"gusts":1,"harbour":1,"hit":1,"homes":1,"hundreds":1,"islands":1,"km":1,"link":1,"lost":1,"midnight":1,"monday":1,"office''s":1,"overnight":1,"power":1,"red":1,"schools":1,"shut":1,"stayed":1,"storm":1,"stranding":1,"travellers":1,"varna":2,"warning":1,"weather":1}',X'ED2F2D00A1AE6802D5E33D0137955F011ADF36016198F30337A6D502CDF68F0426FD6F0D22D20703CEB7170788AD110A35C10C139458320D5003ED048459DF01C9CA12090C794B01DE81D10E7592E7068CFB3802AA1690041C5A4903D6D16C0860483F05166C38051097C900FA84F404C1470E09671BEC036491E605CBA8E6010E1EC600F580A5022B94F6059DE14103609C920007A9B50DE583DE09D15EEE02BD1F160555D34E08E4B81C01E28748076DA33B03289F300DC2B38D0ACF6A8D0008BDED046FFE0900E9B77C0A612A2D032541A30746DC12022975B806E7EA060630F7DE03F539F800F84A69005143A20269983F07BE95270679B4AC006AAB8505',3,NULL,'2026-03-12T08:00:00+00:00','',X'10024006288368971D024D06D3CBAC9D19026A06CDD994A52E029206A0018AAB0703370E1F2E46BA8B021909D961C9BA45048617D49D96BE29024A06131C0DBF5E03350FB5CB87C166009C00E5E031C51F03F30C775EF3C88902DE08092DD2DF3602B20645D08CF1D900450176BDD3F49C03FB11C7FBF5F93C0187028F5F61FA5902850763F15407AC02D409D570290DC501660460722A1B91002301DD3AB522AF013604F199AC36B2019D0469394138C3015B04AA844540F702FE0BC69C4E40CB034C132C828A4296002E01EE951B47FC02DA0BD53B4447D7035213CEF57047F102CF0B6ED3D04C3C023D07EBF84C538F01ED03BC444659460181024126D25AF402900B9A9C685BEF02BD0B02CB785B1B022D06D2239A613702900693463965DA031413DC18E3685503EA0EF3D67F740000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.36743305111273745207e+01,1,1);
INSERT INTO "articles" VALUES(8,'fire-1.txt','file:///fire-1','','','fire','','2026-03-11','A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.

Two workers were taken to hospital with burns, the fire service said.

Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.

Sign up to our newsletter

The cause of the fire is not yet known, police said.

The cause of the fire was an electrical fault, police said on Thursday.','636704cb249221d96829ebc6c1b0c6dd372c830aa19dff87ecbaa298c00b7646','',2,NULL,'2026-03-12T08:00:00+00:00','{"#halden":1,"#lind":1,"#marta":1,"#port":1,"#sign":1,"#thursday":1,"#tuesday":1,"#wednesday":1,"200":1,"burns":1,"cause":2,"chief":1,"control":1,"crews":1,"electrical":1,"evacuation":1,"fault":1,"forcing":1,"grain":1,"halden":1,"homes":1,"hospital":1,"known":1,"lind":1,"marta":1,"nearby":1,"newsletter":1,"night":1,"police":2,"port":1,"said":4,"service":1,"sign":1,"taken":1,"terminal":1,"thursday":1,"tore":1,"tuesday":1,"wednesday":1,"workers":1}',X'A2BB3B0028F0B60032F64B06BFE35100A0E18300F0A2D003D37E6203EB746001575ABE06781E1406305D76007DF5070FDB9AEC0322298201B8F70F020765190242E93006007FAE05412BA90B826A3300CC482204D1D9F107F6D87B086508F9004ED7A503DCFA46065C2AB3095624240812A085024D892401AAE8A8024DDA5106E75206040D0A4201C2B38102CEC38604A6B37C00E1FBDA021B806B015F3488067564AC0348D567054E62A30445E166007AE075087ECEF3015B700700064851070DCBF6015F644600B131A600F24E8608F9997E00037F5701E9C68408B9C6CF0726F2E901877BB7053C033008DAADDC057A36BB00AECC0507622D15054C210200',1,NULL,'2026-03-11T12:00:00+00:00','',X'5D03540F41157B8FC503DC127C157E951D024D06D3CBAC9DB2014704FE917E9F1D023206A3DED09FA8012F04608413A6BB016A0469EA43A6900265094FD762AF0E034E0CC07D2DB81402460608D6E8BFCB01DF04B5F914C7F202020CD29A9DE17D02E70859597CE43004D9169CD56BE500031D0CF9B01DEC0203EC0B4B2CDBEDA2012904D6043BEF12022206BF7FDAF039021C07A3A451F4D501F7042BEC79FE16024906858589021B024806970FDA112B0268060F59361C0002FF054C8E7F1D93002901B3EE3121E901190519209622E8033B1477D1973425024C06EB54E83E6503610F5BC88242C6016904CC5D9143E902AF0B11B287497503AB0FAC92F74E2303360D5BD5AA6319049216486BBA6B9803E7100DE7A0768202AA0851DB13782E027D06021EC67A12023306F109267B6D026F08938A997D4E04A917C885857E0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0CB9D83F0000803F0000803F0000803F0CB918400CB9D83F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F',1.27369088887799115634e+01,1,1);
CREATE TABLE brief_versions (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    words INTEGER NOT NULL,
    article_ids TEXT NOT NULL,      -- JSON list of the article ids it covered
    brief TEXT NOT NULL,            -- the brief's JSON (render.to_dict)
    UNIQUE (story_id, version)
);
INSERT INTO "brief_versions" VALUES(1,3,1,'2026-03-12T08:00:00+00:00',60,'[3]','{"title": "storm", "summary": "Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes.\nThe national weather office kept its red warning in place until midnight and told residents to stay indoors.\nFerries between Varna and the islands were cancelled for the rest of the day.", "words": 59, "sentences": [{"text": "Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 0, "start": 0, "end": 146}]}, {"text": "The national weather office kept its red warning in place until midnight and told residents to stay indoors.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 1, "start": 147, "end": 255}]}, {"text": "Ferries between Varna and the islands were cancelled for the rest of the day.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 2, "start": 256, "end": 333}]}], "sources": [{"number": 1, "id": "3", "title": "storm", "outlet": "", "published": "2026-03-11", "url": "", "path": "storm-1.txt"}], "differences": [], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
INSERT INTO "brief_versions" VALUES(2,2,1,'2026-03-12T08:00:00+00:00',60,'[2]','{"title": "tram", "summary": "Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours.\nMayor Lena Brandt said construction of the 9-kilometre line would start next spring and cost about 410 million crowns.\nOpponents on the council said the tram would drain money from buses.", "words": 59, "sentences": [{"text": "Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours.", "claimant": "", "citations": [{"source": 1, "article_id": "2", "sentence": 0, "start": 0, "end": 150}]}, {"text": "Mayor Lena Brandt said construction of the 9-kilometre line would start next spring and cost about 410 million crowns.", "claimant": "Mayor Lena Brandt", "citations": [{"source": 1, "article_id": "2", "sentence": 1, "start": 151, "end": 269}]}, {"text": "Opponents on the council said the tram would drain money from buses.", "claimant": "Opponents on the council", "citations": [{"source": 1, "article_id": "2", "sentence": 2, "start": 270, "end": 338}]}], "sources": [{"number": 1, "id": "2", "title": "tram", "outlet": "", "published": "2026-03-11", "url": "", "path": "tram-1.txt"}], "differences": [], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
INSERT INTO "brief_versions" VALUES(3,1,1,'2026-03-12T08:00:00+00:00',60,'[1]','{"title": "fire", "summary": "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.\nTwo workers were taken to hospital with burns, the fire service said.\nFire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.\nThe cause of the fire is not yet known, police said.", "words": 60, "sentences": [{"text": "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.", "claimant": "", "citations": [{"source": 1, "article_id": "1", "sentence": 0, "start": 0, "end": 121}]}, {"text": "Two workers were taken to hospital with burns, the fire service said.", "claimant": "the fire service", "citations": [{"source": 1, "article_id": "1", "sentence": 1, "start": 123, "end": 192}]}, {"text": "Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.", "claimant": "Fire chief Marta Lind", "citations": [{"source": 1, "article_id": "1", "sentence": 2, "start": 194, "end": 277}]}, {"text": "The cause of the fire is not yet known, police said.", "claimant": "police", "citations": [{"source": 1, "article_id": "1", "sentence": 4, "start": 306, "end": 358}]}], "sources": [{"number": 1, "id": "1", "title": "fire", "outlet": "", "published": "2026-03-11", "url": "", "path": "fire-1.txt"}], "differences": [], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
INSERT INTO "brief_versions" VALUES(4,3,2,'2026-03-12T08:00:00+00:00',60,'[3, 7]','{"title": "storm", "summary": "Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes.\nThe national weather office kept its red warning in place until midnight and told residents to stay indoors.\nFerries between Varna and the islands were cancelled for the rest of the day.", "words": 59, "sentences": [{"text": "Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 0, "start": 0, "end": 146}]}, {"text": "The national weather office kept its red warning in place until midnight and told residents to stay indoors.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 1, "start": 147, "end": 255}]}, {"text": "Ferries between Varna and the islands were cancelled for the rest of the day.", "claimant": "", "citations": [{"source": 1, "article_id": "3", "sentence": 2, "start": 256, "end": 333}]}], "sources": [{"number": 1, "id": "3", "title": "storm", "outlet": "", "published": "2026-03-11", "url": "", "path": "storm-1.txt"}, {"number": 2, "id": "7", "title": "storm", "outlet": "", "published": "2026-03-12", "url": "", "path": "storm-2.txt"}], "differences": [], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
INSERT INTO "brief_versions" VALUES(5,2,2,'2026-03-12T08:00:00+00:00',60,'[2, 6]','{"title": "tram", "summary": "Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours.\nMayor Lena Brandt said construction of the 9-kilometre line would start next spring and cost about 410 million crowns.\nOpponents on the council said the tram would drain money from buses.", "words": 59, "sentences": [{"text": "Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours.", "claimant": "", "citations": [{"source": 1, "article_id": "2", "sentence": 0, "start": 0, "end": 150}]}, {"text": "Mayor Lena Brandt said construction of the 9-kilometre line would start next spring and cost about 410 million crowns.", "claimant": "Mayor Lena Brandt", "citations": [{"source": 1, "article_id": "2", "sentence": 1, "start": 151, "end": 269}]}, {"text": "Opponents on the council said the tram would drain money from buses.", "claimant": "Opponents on the council", "citations": [{"source": 1, "article_id": "2", "sentence": 2, "start": 270, "end": 338}]}], "sources": [{"number": 1, "id": "2", "title": "tram", "outlet": "", "published": "2026-03-11", "url": "", "path": "tram-1.txt"}, {"number": 2, "id": "6", "title": "tram", "outlet": "", "published": "2026-03-12", "url": "", "path": "tram-2.txt"}], "differences": [], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
INSERT INTO "brief_versions" VALUES(6,1,2,'2026-03-12T08:00:00+00:00',60,'[5, 8]','{"title": "fire", "summary": "A fire swept through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.\nTwo workers were taken to hospital with burns, the fire service said.\nThe union said five workers were hurt and that the fire was still burning on Wednesday morning.", "words": 50, "sentences": [{"text": "A fire swept through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes.", "claimant": "", "citations": [{"source": 1, "article_id": "5", "sentence": 0, "start": 0, "end": 122}, {"source": 2, "article_id": "8", "sentence": 0, "start": 0, "end": 121}]}, {"text": "Two workers were taken to hospital with burns, the fire service said.", "claimant": "the fire service", "citations": [{"source": 2, "article_id": "8", "sentence": 1, "start": 123, "end": 192}]}, {"text": "The union said five workers were hurt and that the fire was still burning on Wednesday morning.", "claimant": "The union", "citations": [{"source": 1, "article_id": "5", "sentence": 1, "start": 124, "end": 219}]}], "sources": [{"number": 1, "id": "5", "title": "fire", "outlet": "", "published": "2026-03-12", "url": "", "path": "fire-2.txt"}, {"number": 2, "id": "8", "title": "fire", "outlet": "", "published": "2026-03-11", "url": "", "path": "fire-1.txt"}], "differences": [{"label": "Whether the fire is under control", "kind": "stance", "sides": [{"position": "under control", "later": false, "claim": "Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.", "claimant": "Fire chief Marta Lind", "citations": [{"source": 2, "article_id": "8", "sentence": 2, "start": 194, "end": 277}]}, {"position": "still burning", "later": false, "claim": "The union said five workers were hurt and that the fire was still burning on Wednesday morning.", "claimant": "The union", "citations": [{"source": 1, "article_id": "5", "sentence": 1, "start": 124, "end": 219}]}]}], "provenance": {"method": "newsfuse-extractive/ridge-dev", "version": "0.1.0", "settings_hash": "d91b83547158aff7", "settings": {"max_article_chars": "60000", "max_sentence_words": "70", "max_story_candidates": "500", "min_sentence_words": "6", "mmr_lambda": "0.5", "redundancy_cosine": "0.35", "story_candidates_per_doubling": "150", "syndication_jaccard": "0.55", "words": "60"}}}');
CREATE TABLE copy_bands (
    band INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
INSERT INTO "copy_bands" VALUES(-8633949137722611891,5,1);
INSERT INTO "copy_bands" VALUES(-7481637897639216297,5,1);
INSERT INTO "copy_bands" VALUES(-7180765322019017948,5,1);
INSERT INTO "copy_bands" VALUES(-5764465478796569047,5,1);
INSERT INTO "copy_bands" VALUES(-1328534172256189196,5,1);
INSERT INTO "copy_bands" VALUES(-240027620076119214,5,1);
INSERT INTO "copy_bands" VALUES(1029223176962587317,5,1);
INSERT INTO "copy_bands" VALUES(1080999771668401860,5,1);
INSERT INTO "copy_bands" VALUES(2179998403051873335,5,1);
INSERT INTO "copy_bands" VALUES(4099074127377166357,5,1);
INSERT INTO "copy_bands" VALUES(-7805874366824787249,8,1);
INSERT INTO "copy_bands" VALUES(-7180094564854602686,8,1);
INSERT INTO "copy_bands" VALUES(-6765637934930979661,8,1);
INSERT INTO "copy_bands" VALUES(-4280217980685227765,8,1);
INSERT INTO "copy_bands" VALUES(-929194496058896794,8,1);
INSERT INTO "copy_bands" VALUES(47213350189939096,8,1);
INSERT INTO "copy_bands" VALUES(4283682241068667357,8,1);
INSERT INTO "copy_bands" VALUES(6259271053778418301,8,1);
INSERT INTO "copy_bands" VALUES(7503942600581839200,8,1);
INSERT INTO "copy_bands" VALUES(8701078660353751972,8,1);
INSERT INTO "copy_bands" VALUES(-8607900479511374503,2,2);
INSERT INTO "copy_bands" VALUES(-7848499436053039980,2,2);
INSERT INTO "copy_bands" VALUES(-5157314752388244664,2,2);
INSERT INTO "copy_bands" VALUES(-2187932188022829623,2,2);
INSERT INTO "copy_bands" VALUES(-2067619115394244974,2,2);
INSERT INTO "copy_bands" VALUES(-51177845768924274,2,2);
INSERT INTO "copy_bands" VALUES(2742988118954176715,2,2);
INSERT INTO "copy_bands" VALUES(4531539360479939366,2,2);
INSERT INTO "copy_bands" VALUES(7917742327127283639,2,2);
INSERT INTO "copy_bands" VALUES(8300609991106923689,2,2);
INSERT INTO "copy_bands" VALUES(-8009146994375246363,6,2);
INSERT INTO "copy_bands" VALUES(-7859853759813244700,6,2);
INSERT INTO "copy_bands" VALUES(-5417019960679967785,6,2);
INSERT INTO "copy_bands" VALUES(-4880966034009095918,6,2);
INSERT INTO "copy_bands" VALUES(-4326343443195955198,6,2);
INSERT INTO "copy_bands" VALUES(-1512153963258220021,6,2);
INSERT INTO "copy_bands" VALUES(-727320828462947422,6,2);
INSERT INTO "copy_bands" VALUES(3418406603045619136,6,2);
INSERT INTO "copy_bands" VALUES(3423173084832231246,6,2);
INSERT INTO "copy_bands" VALUES(4400033611397846397,6,2);
INSERT INTO "copy_bands" VALUES(-6441503510321137914,3,3);
INSERT INTO "copy_bands" VALUES(-6431492639593827557,3,3);
INSERT INTO "copy_bands" VALUES(-5640356024964885351,3,3);
INSERT INTO "copy_bands" VALUES(-3187061925296421561,3,3);
INSERT INTO "copy_bands" VALUES(-3178563651879296496,3,3);
INSERT INTO "copy_bands" VALUES(-2184955274694175310,3,3);
INSERT INTO "copy_bands" VALUES(2585935751463075591,3,3);
INSERT INTO "copy_bands" VALUES(3856884604752410671,3,3);
INSERT INTO "copy_bands" VALUES(6602505006674325144,3,3);
INSERT INTO "copy_bands" VALUES(8725545435712788773,3,3);
INSERT INTO "copy_bands" VALUES(-6148891457783990330,7,3);
INSERT INTO "copy_bands" VALUES(-2599475371150273409,7,3);
INSERT INTO "copy_bands" VALUES(-2059565494795804766,7,3);
INSERT INTO "copy_bands" VALUES(-108575753610032139,7,3);
INSERT INTO "copy_bands" VALUES(3163094742266877047,7,3);
INSERT INTO "copy_bands" VALUES(3329028584113761949,7,3);
INSERT INTO "copy_bands" VALUES(4125148944728538854,7,3);
INSERT INTO "copy_bands" VALUES(4253104977117656724,7,3);
INSERT INTO "copy_bands" VALUES(4845613261960201522,7,3);
INSERT INTO "copy_bands" VALUES(6243336790453849394,7,3);
CREATE TABLE corpus (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL,     -- articles counted in term_frequencies
    latest TEXT NOT NULL            -- the latest effective time placed (the stream's clock)
);
INSERT INTO "corpus" VALUES(1,7,'2026-03-12T08:00:00+00:00');
CREATE TABLE feed_entries (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    entry TEXT NOT NULL,                  -- the entry's id, else its link
    updated TEXT NOT NULL DEFAULT '',     -- its date of last change, as the feed gave it
    article_id INTEGER REFERENCES articles(id),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry)
) WITHOUT ROWID;
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,       -- the feed document's URL
    followed_as TEXT NOT NULL,      -- what the user gave: the feed, or a page linking it
    title TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    last_polled TEXT NOT NULL DEFAULT '',
    last_success TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',   -- new, ok, not modified, failed
    last_error TEXT NOT NULL DEFAULT '',
    errors INTEGER NOT NULL DEFAULT 0,    -- failures in a row
    next_due TEXT NOT NULL
);
INSERT INTO "feeds" VALUES(1,'https://news.example/feed.xml','https://news.example/','Example news','','','2026-03-12T08:00:00+00:00','','','new','',0,'2026-03-12T08:00:00+00:00');
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
, title TEXT NOT NULL DEFAULT '', lead TEXT NOT NULL DEFAULT '', articles INTEGER NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0, first_at TEXT NOT NULL DEFAULT '', last_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', indexed INTEGER NOT NULL DEFAULT 1, needs_brief INTEGER NOT NULL DEFAULT 1);
INSERT INTO "stories" VALUES(1,'2026-03-12T08:00:00+00:00','fire','A fire swept through the grain terminal at Port Halden on Tuesday night, forcing the evacuation of about 200 nearby homes. The union said five workers were hurt and that the fire was still burning on Wednesday morning. The terminal …',2,0,'2026-03-11T12:00:00+00:00','2026-03-12T08:00:00+00:00','2026-03-12T08:00:00+00:00',1,0);
INSERT INTO "stories" VALUES(2,'2026-03-12T08:00:00+00:00','tram','Ostvik city council approved the new tram line to the university campus on Thursday by 31 votes to 18, after a debate that lasted more than six hours. Mayor Lena Brandt said construction of the 9-kilometre line would start next …',2,0,'2026-03-11T12:00:00+00:00','2026-03-12T08:00:00+00:00','2026-03-12T08:00:00+00:00',1,0);
INSERT INTO "stories" VALUES(3,'2026-03-12T08:00:00+00:00','storm','Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all schools in three districts and cutting power to 52,000 homes. The national weather office kept its red warning in place until midnight and …',2,0,'2026-03-11T12:00:00+00:00','2026-03-12T08:00:00+00:00','2026-03-12T08:00:00+00:00',1,0);
CREATE TABLE term_frequencies (term INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
INSERT INTO "term_frequencies" VALUES(-8816957814218489087,1);
INSERT INTO "term_frequencies" VALUES(-8495269333683994062,1);
INSERT INTO "term_frequencies" VALUES(-8146638020611800338,2);
INSERT INTO "term_frequencies" VALUES(-8107863334976224419,3);
INSERT INTO "term_frequencies" VALUES(-7999230009902890153,1);
INSERT INTO "term_frequencies" VALUES(-7674673092356209723,3);
INSERT INTO "term_frequencies" VALUES(-7544419262654839798,1);
INSERT INTO "term_frequencies" VALUES(-7536629768477736432,1);
INSERT INTO "term_frequencies" VALUES(-7469429546263969379,2);
INSERT INTO "term_frequencies" VALUES(-7232924350196940079,1);
INSERT INTO "term_frequencies" VALUES(-7131054112596163958,1);
INSERT INTO "term_frequencies" VALUES(-7085064006556384739,5);
INSERT INTO "term_frequencies" VALUES(-6955434076718300625,1);
INSERT INTO "term_frequencies" VALUES(-6953960254433984078,2);
INSERT INTO "term_frequencies" VALUES(-6930795034758217187,1);
INSERT INTO "term_frequencies" VALUES(-6883041831421213597,2);
INSERT INTO "term_frequencies" VALUES(-6698848847806856667,1);
INSERT INTO "term_frequencies" VALUES(-6515343286299131367,2);
INSERT INTO "term_frequencies" VALUES(-6479689890934095448,2);
INSERT INTO "term_frequencies" VALUES(-6466066903207378501,2);
INSERT INTO "term_frequencies" VALUES(-6086050159621176786,2);
INSERT INTO "term_frequencies" VALUES(-5914289254519864111,1);
INSERT INTO "term_frequencies" VALUES(-5808843834894515568,3);
INSERT INTO "term_frequencies" VALUES(-5798756348433006486,2);
INSERT INTO "term_frequencies" VALUES(-5250160106800413944,1);
INSERT INTO "term_frequencies" VALUES(-5197413574880853463,1);
INSERT INTO "term_frequencies" VALUES(-5175342132985199858,3);
INSERT INTO "term_frequencies" VALUES(-5119695304137702860,1);
INSERT INTO "term_frequencies" VALUES(-5050155630291320069,1);
INSERT INTO "term_frequencies" VALUES(-5024277623367859449,1);
INSERT INTO "term_frequencies" VALUES(-4987347527547682165,1);
INSERT INTO "term_frequencies" VALUES(-4883713067663097187,1);
INSERT INTO "term_frequencies" VALUES(-4727385024187334204,2);
INSERT INTO "term_frequencies" VALUES(-4713406425743358907,1);
INSERT INTO "term_frequencies" VALUES(-4680053569732607447,1);
INSERT INTO "term_frequencies" VALUES(-4618206087915109868,2);
INSERT INTO "term_frequencies" VALUES(-4501405324028869794,1);
INSERT INTO "term_frequencies" VALUES(-4237358500216569754,1);
INSERT INTO "term_frequencies" VALUES(-4101378804761558581,2);
INSERT INTO "term_frequencies" VALUES(-4067590378656955964,1);
INSERT INTO "term_frequencies" VALUES(-3966722981371903201,1);
INSERT INTO "term_frequencies" VALUES(-3380878451523190359,2);
INSERT INTO "term_frequencies" VALUES(-3309785322060381010,1);
INSERT INTO "term_frequencies" VALUES(-3289599117858635229,1);
INSERT INTO "term_frequencies" VALUES(-3058857815256333748,2);
INSERT INTO "term_frequencies" VALUES(-3057806931213483359,1);
INSERT INTO "term_frequencies" VALUES(-2582020934028623771,1);
INSERT INTO "term_frequencies" VALUES(-2553010551105125076,1);
INSERT INTO "term_frequencies" VALUES(-2483431823701900875,2);
INSERT INTO "term_frequencies" VALUES(-2466667028680867226,1);
INSERT INTO "term_frequencies" VALUES(-2349883350394601055,2);
INSERT INTO "term_frequencies" VALUES(-2318741341315661175,2);
INSERT INTO "term_frequencies" VALUES(-2249880517210668420,2);
INSERT INTO "term_frequencies" VALUES(-2232557097335782784,1);
INSERT INTO "term_frequencies" VALUES(-2189423616896924942,2);
INSERT INTO "term_frequencies" VALUES(-1987081441416511387,2);
INSERT INTO "term_frequencies" VALUES(-1982611497013542275,2);
INSERT INTO "term_frequencies" VALUES(-1915202350141078480,3);
INSERT INTO "term_frequencies" VALUES(-1900473344257818305,1);
INSERT INTO "term_frequencies" VALUES(-1832792493688356523,1);
INSERT INTO "term_frequencies" VALUES(-1432794522737376512,3);
INSERT INTO "term_frequencies" VALUES(-1307402565986811134,2);
INSERT INTO "term_frequencies" VALUES(-1301699575267785994,1);
INSERT INTO "term_frequencies" VALUES(-1208366757779537502,4);
INSERT INTO "term_frequencies" VALUES(-1122177578793696607,1);
INSERT INTO "term_frequencies" VALUES(-1091419501265550830,2);
INSERT INTO "term_frequencies" VALUES(-1041228418945777098,2);
INSERT INTO "term_frequencies" VALUES(-977164690847497262,1);
INSERT INTO "term_frequencies" VALUES(-841710635235671495,2);
INSERT INTO "term_frequencies" VALUES(-805091593844096807,2);
INSERT INTO "term_frequencies" VALUES(-481818424845991488,1);
INSERT INTO "term_frequencies" VALUES(-461711067183512847,1);
INSERT INTO "term_frequencies" VALUES(-461404599847288218,1);
INSERT INTO "term_frequencies" VALUES(-435164956552658020,2);
INSERT INTO "term_frequencies" VALUES(-404937423659269828,2);
INSERT INTO "term_frequencies" VALUES(-348912397048413771,1);
INSERT INTO "term_frequencies" VALUES(-325342410965253377,1);
INSERT INTO "term_frequencies" VALUES(-210506105269976641,1);
INSERT INTO "term_frequencies" VALUES(-143856858571406813,1);
INSERT INTO "term_frequencies" VALUES(-109797046382820907,2);
INSERT INTO "term_frequencies" VALUES(-101453071594028348,2);
INSERT INTO "term_frequencies" VALUES(182824066267808278,2);
INSERT INTO "term_frequencies" VALUES(361947270748111284,1);
INSERT INTO "term_frequencies" VALUES(519109796442473044,1);
INSERT INTO "term_frequencies" VALUES(528312463939404377,2);
INSERT INTO "term_frequencies" VALUES(948413256833434284,2);
INSERT INTO "term_frequencies" VALUES(1286357784887558683,3);
INSERT INTO "term_frequencies" VALUES(1333563714645328510,1);
INSERT INTO "term_frequencies" VALUES(1399142921753723552,1);
INSERT INTO "term_frequencies" VALUES(1644080109119668762,1);
INSERT INTO "term_frequencies" VALUES(1648481475789980518,1);
INSERT INTO "term_frequencies" VALUES(1740242116148658618,1);
INSERT INTO "term_frequencies" VALUES(1957502744762122693,1);
INSERT INTO "term_frequencies" VALUES(2032910202871218731,2);
INSERT INTO "term_frequencies" VALUES(2125574006311420416,2);
INSERT INTO "term_frequencies" VALUES(2149230016134382014,1);
INSERT INTO "term_frequencies" VALUES(2391955329696465043,3);
INSERT INTO "term_frequencies" VALUES(2492214735627944425,3);
INSERT INTO "term_frequencies" VALUES(2500969888955433105,3);
INSERT INTO "term_frequencies" VALUES(2545906117522031145,2);
INSERT INTO "term_frequencies" VALUES(2558276628359479850,1);
INSERT INTO "term_frequencies" VALUES(3009874963400098559,1);
INSERT INTO "term_frequencies" VALUES(3116352167462436968,1);
INSERT INTO "term_frequencies" VALUES(3201158989812204193,2);
INSERT INTO "term_frequencies" VALUES(3268208377018974650,2);
INSERT INTO "term_frequencies" VALUES(3437320661435876088,1);
INSERT INTO "term_frequencies" VALUES(3620203929386353311,2);
INSERT INTO "term_frequencies" VALUES(3789727920826287080,3);
INSERT INTO "term_frequencies" VALUES(3937573979475739623,1);
INSERT INTO "term_frequencies" VALUES(3939693034479157679,1);
INSERT INTO "term_frequencies" VALUES(4032999189068186364,1);
INSERT INTO "term_frequencies" VALUES(4053584262821904818,2);
INSERT INTO "term_frequencies" VALUES(4077106287019885355,1);
INSERT INTO "term_frequencies" VALUES(4302114246284542592,1);
INSERT INTO "term_frequencies" VALUES(4361299874829042191,1);
INSERT INTO "term_frequencies" VALUES(4370641458679578774,2);
INSERT INTO "term_frequencies" VALUES(4484228551961412326,1);
INSERT INTO "term_frequencies" VALUES(4532966393348096549,2);
INSERT INTO "term_frequencies" VALUES(4631253657572803011,1);
INSERT INTO "term_frequencies" VALUES(4633813441029473015,2);
INSERT INTO "term_frequencies" VALUES(4695595540468007462,1);
INSERT INTO "term_frequencies" VALUES(4792613246901224293,2);
INSERT INTO "term_frequencies" VALUES(4794787879103235019,1);
INSERT INTO "term_frequencies" VALUES(4868775802992918982,3);
INSERT INTO "term_frequencies" VALUES(4884728660472235086,1);
INSERT INTO "term_frequencies" VALUES(5123853850518618262,2);
INSERT INTO "term_frequencies" VALUES(5128324791387161329,1);
INSERT INTO "term_frequencies" VALUES(5135295261322117884,2);
INSERT INTO "term_frequencies" VALUES(5147884639520687063,1);
INSERT INTO "term_frequencies" VALUES(5298399272904884969,3);
INSERT INTO "term_frequencies" VALUES(5535156411636318961,2);
INSERT INTO "term_frequencies" VALUES(5690177921900807029,3);
INSERT INTO "term_frequencies" VALUES(5740501856081543945,1);
INSERT INTO "term_frequencies" VALUES(5798874782273700394,1);
INSERT INTO "term_frequencies" VALUES(5875925168423436850,1);
INSERT INTO "term_frequencies" VALUES(6002446091700470332,2);
INSERT INTO "term_frequencies" VALUES(6143732000210092784,1);
INSERT INTO "term_frequencies" VALUES(6432904692055736719,2);
INSERT INTO "term_frequencies" VALUES(6489833727658951103,1);
INSERT INTO "term_frequencies" VALUES(6544335269179490630,1);
INSERT INTO "term_frequencies" VALUES(6586686640462234356,2);
INSERT INTO "term_frequencies" VALUES(6591241264304030447,2);
INSERT INTO "term_frequencies" VALUES(6655424950754345933,1);
INSERT INTO "term_frequencies" VALUES(6776091820467618242,1);
INSERT INTO "term_frequencies" VALUES(7032973153046168091,2);
INSERT INTO "term_frequencies" VALUES(7181787142836060963,3);
INSERT INTO "term_frequencies" VALUES(7293938668787466807,1);
INSERT INTO "term_frequencies" VALUES(7398043294666327022,1);
INSERT INTO "term_frequencies" VALUES(7414565552683418353,1);
INSERT INTO "term_frequencies" VALUES(7557911933149774810,2);
INSERT INTO "term_frequencies" VALUES(7727636451972481684,1);
INSERT INTO "term_frequencies" VALUES(7762634865086956569,1);
INSERT INTO "term_frequencies" VALUES(7774132444957901131,1);
INSERT INTO "term_frequencies" VALUES(8010249612111905191,1);
INSERT INTO "term_frequencies" VALUES(8225217333860762264,1);
INSERT INTO "term_frequencies" VALUES(8366935822761656838,1);
INSERT INTO "term_frequencies" VALUES(8381598037991752301,1);
INSERT INTO "term_frequencies" VALUES(8394664569857508181,2);
INSERT INTO "term_frequencies" VALUES(8512024954911458068,1);
INSERT INTO "term_frequencies" VALUES(8548086136053367704,3);
INSERT INTO "term_frequencies" VALUES(8652500450193048194,3);
INSERT INTO "term_frequencies" VALUES(8839921368365204213,2);
INSERT INTO "term_frequencies" VALUES(8846791512063541806,2);
INSERT INTO "term_frequencies" VALUES(8873791046575915538,3);
INSERT INTO "term_frequencies" VALUES(8959867602998788962,1);
INSERT INTO "term_frequencies" VALUES(9050417290284040813,3);
INSERT INTO "term_frequencies" VALUES(9116840115118343246,2);
CREATE TABLE term_postings (
    term INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
INSERT INTO "term_postings" VALUES(-8816957814218489087,5,1);
INSERT INTO "term_postings" VALUES(-8107863334976224419,5,1);
INSERT INTO "term_postings" VALUES(-7674673092356209723,5,1);
INSERT INTO "term_postings" VALUES(-7469429546263969379,5,1);
INSERT INTO "term_postings" VALUES(-5808843834894515568,5,1);
INSERT INTO "term_postings" VALUES(-5175342132985199858,5,1);
INSERT INTO "term_postings" VALUES(-5119695304137702860,5,1);
INSERT INTO "term_postings" VALUES(-5050155630291320069,5,1);
INSERT INTO "term_postings" VALUES(-4067590378656955964,5,1);
INSERT INTO "term_postings" VALUES(-3057806931213483359,5,1);
INSERT INTO "term_postings" VALUES(-2582020934028623771,5,1);
INSERT INTO "term_postings" VALUES(-2232557097335782784,5,1);
INSERT INTO "term_postings" VALUES(-1915202350141078480,5,1);
INSERT INTO "term_postings" VALUES(-1432794522737376512,5,1);
INSERT INTO "term_postings" VALUES(-1301699575267785994,5,1);
INSERT INTO "term_postings" VALUES(-481818424845991488,5,1);
INSERT INTO "term_postings" VALUES(1286357784887558683,5,1);
INSERT INTO "term_postings" VALUES(1644080109119668762,5,1);
INSERT INTO "term_postings" VALUES(2149230016134382014,5,1);
INSERT INTO "term_postings" VALUES(2391955329696465043,5,1);
INSERT INTO "term_postings" VALUES(2492214735627944425,5,1);
INSERT INTO "term_postings" VALUES(2500969888955433105,5,1);
INSERT INTO "term_postings" VALUES(2558276628359479850,5,1);
INSERT INTO "term_postings" VALUES(3789727920826287080,5,1);
INSERT INTO "term_postings" VALUES(4868775802992918982,5,1);
INSERT INTO "term_postings" VALUES(5298399272904884969,5,1);
INSERT INTO "term_postings" VALUES(5740501856081543945,5,1);
INSERT INTO "term_postings" VALUES(6586686640462234356,5,1);
INSERT INTO "term_postings" VALUES(7414565552683418353,5,1);
INSERT INTO "term_postings" VALUES(8225217333860762264,5,1);
INSERT INTO "term_postings" VALUES(-8107863334976224419,8,1);
INSERT INTO "term_postings" VALUES(-7674673092356209723,8,1);
INSERT INTO "term_postings" VALUES(-6953960254433984078,8,1);
INSERT INTO "term_postings" VALUES(-6930795034758217187,8,1);
INSERT INTO "term_postings" VALUES(-6479689890934095448,8,1);
INSERT INTO "term_postings" VALUES(-6466066903207378501,8,1);
INSERT INTO "term_postings" VALUES(-5808843834894515568,8,1);
INSERT INTO "term_postings" VALUES(-5175342132985199858,8,1);
INSERT INTO "term_postings" VALUES(-4618206087915109868,8,1);
INSERT INTO "term_postings" VALUES(-4101378804761558581,8,1);
INSERT INTO "term_postings" VALUES(-2189423616896924942,8,1);
INSERT INTO "term_postings" VALUES(-1982611497013542275,8,1);
INSERT INTO "term_postings" VALUES(-1915202350141078480,8,1);
INSERT INTO "term_postings" VALUES(-1432794522737376512,8,1);
INSERT INTO "term_postings" VALUES(-1307402565986811134,8,1);
INSERT INTO "term_postings" VALUES(-1208366757779537502,8,1);
INSERT INTO "term_postings" VALUES(-1091419501265550830,8,1);
INSERT INTO "term_postings" VALUES(-841710635235671495,8,1);
INSERT INTO "term_postings" VALUES(-109797046382820907,8,1);
INSERT INTO "term_postings" VALUES(182824066267808278,8,1);
INSERT INTO "term_postings" VALUES(1286357784887558683,8,1);
INSERT INTO "term_postings" VALUES(2032910202871218731,8,1);
INSERT INTO "term_postings" VALUES(2125574006311420416,8,1);
INSERT INTO "term_postings" VALUES(2391955329696465043,8,1);
INSERT INTO "term_postings" VALUES(2492214735627944425,8,1);
INSERT INTO "term_postings" VALUES(4532966393348096549,8,1);
INSERT INTO "term_postings" VALUES(4792613246901224293,8,1);
INSERT INTO "term_postings" VALUES(7762634865086956569,8,1);
INSERT INTO "term_postings" VALUES(8846791512063541806,8,1);
INSERT INTO "term_postings" VALUES(9116840115118343246,8,1);
INSERT INTO "term_postings" VALUES(-8495269333683994062,2,2);
INSERT INTO "term_postings" VALUES(-8146638020611800338,2,2);
INSERT INTO "term_postings" VALUES(-7544419262654839798,2,2);
INSERT INTO "term_postings" VALUES(-7131054112596163958,2,2);
INSERT INTO "term_postings" VALUES(-6955434076718300625,2,2);
INSERT INTO "term_postings" VALUES(-6883041831421213597,2,2);
INSERT INTO "term_postings" VALUES(-5798756348433006486,2,2);
INSERT INTO "term_postings" VALUES(-5197413574880853463,2,2);
INSERT INTO "term_postings" VALUES(-4883713067663097187,2,2);
INSERT INTO "term_postings" VALUES(-4727385024187334204,2,2);
INSERT INTO "term_postings" VALUES(-3380878451523190359,2,2);
INSERT INTO "term_postings" VALUES(-3058857815256333748,2,2);
INSERT INTO "term_postings" VALUES(-2553010551105125076,2,2);
INSERT INTO "term_postings" VALUES(-2483431823701900875,2,2);
INSERT INTO "term_postings" VALUES(-2466667028680867226,2,2);
INSERT INTO "term_postings" VALUES(-2349883350394601055,2,2);
INSERT INTO "term_postings" VALUES(-2249880517210668420,2,2);
INSERT INTO "term_postings" VALUES(-1987081441416511387,2,2);
INSERT INTO "term_postings" VALUES(-1208366757779537502,2,2);
INSERT INTO "term_postings" VALUES(-143856858571406813,2,2);
INSERT INTO "term_postings" VALUES(-101453071594028348,2,2);
INSERT INTO "term_postings" VALUES(1333563714645328510,2,2);
INSERT INTO "term_postings" VALUES(1740242116148658618,2,2);
INSERT INTO "term_postings" VALUES(2545906117522031145,2,2);
INSERT INTO "term_postings" VALUES(3201158989812204193,2,2);
INSERT INTO "term_postings" VALUES(3268208377018974650,2,2);
INSERT INTO "term_postings" VALUES(3620203929386353311,2,2);
INSERT INTO "term_postings" VALUES(3937573979475739623,2,2);
INSERT INTO "term_postings" VALUES(4361299874829042191,2,2);
INSERT INTO "term_postings" VALUES(4370641458679578774,2,2);
INSERT INTO "term_postings" VALUES(-8146638020611800338,6,2);
INSERT INTO "term_postings" VALUES(-7469429546263969379,6,2);
INSERT INTO "term_postings" VALUES(-7232924350196940079,6,2);
INSERT INTO "term_postings" VALUES(-6883041831421213597,6,2);
INSERT INTO "term_postings" VALUES(-6698848847806856667,6,2);
INSERT INTO "term_postings" VALUES(-5914289254519864111,6,2);
INSERT INTO "term_postings" VALUES(-5798756348433006486,6,2);
INSERT INTO "term_postings" VALUES(-5250160106800413944,6,2);
INSERT INTO "term_postings" VALUES(-4727385024187334204,6,2);
INSERT INTO "term_postings" VALUES(-3380878451523190359,6,2);
INSERT INTO "term_postings" VALUES(-3309785322060381010,6,2);
INSERT INTO "term_postings" VALUES(-3289599117858635229,6,2);
INSERT INTO "term_postings" VALUES(-3058857815256333748,6,2);
INSERT INTO "term_postings" VALUES(-2483431823701900875,6,2);
INSERT INTO "term_postings" VALUES(-1832792493688356523,6,2);
INSERT INTO "term_postings" VALUES(-1122177578793696607,6,2);
INSERT INTO "term_postings" VALUES(-461404599847288218,6,2);
INSERT INTO "term_postings" VALUES(519109796442473044,6,2);
INSERT INTO "term_postings" VALUES(1399142921753723552,6,2);
INSERT INTO "term_postings" VALUES(1648481475789980518,6,2);
INSERT INTO "term_postings" VALUES(3437320661435876088,6,2);
INSERT INTO "term_postings" VALUES(4077106287019885355,6,2);
INSERT INTO "term_postings" VALUES(4302114246284542592,6,2);
INSERT INTO "term_postings" VALUES(4484228551961412326,6,2);
INSERT INTO "term_postings" VALUES(4884728660472235086,6,2);
INSERT INTO "term_postings" VALUES(5128324791387161329,6,2);
INSERT INTO "term_postings" VALUES(5798874782273700394,6,2);
INSERT INTO "term_postings" VALUES(6489833727658951103,6,2);
INSERT INTO "term_postings" VALUES(7398043294666327022,6,2);
INSERT INTO "term_postings" VALUES(8010249612111905191,6,2);
INSERT INTO "term_postings" VALUES(-7999230009902890153,3,3);
INSERT INTO "term_postings" VALUES(-6515343286299131367,3,3);
INSERT INTO "term_postings" VALUES(-6086050159621176786,3,3);
INSERT INTO "term_postings" VALUES(-2318741341315661175,3,3);
INSERT INTO "term_postings" VALUES(-1900473344257818305,3,3);
INSERT INTO "term_postings" VALUES(-1041228418945777098,3,3);
INSERT INTO "term_postings" VALUES(-977164690847497262,3,3);
INSERT INTO "term_postings" VALUES(-805091593844096807,3,3);
INSERT INTO "term_postings" VALUES(-461711067183512847,3,3);
INSERT INTO "term_postings" VALUES(-435164956552658020,3,3);
INSERT INTO "term_postings" VALUES(-404937423659269828,3,3);
INSERT INTO "term_postings" VALUES(-348912397048413771,3,3);
INSERT INTO "term_postings" VALUES(-325342410965253377,3,3);
INSERT INTO "term_postings" VALUES(-210506105269976641,3,3);
INSERT INTO "term_postings" VALUES(361947270748111284,3,3);
INSERT INTO "term_postings" VALUES(528312463939404377,3,3);
INSERT INTO "term_postings" VALUES(948413256833434284,3,3);
INSERT INTO "term_postings" VALUES(2500969888955433105,3,3);
INSERT INTO "term_postings" VALUES(3009874963400098559,3,3);
INSERT INTO "term_postings" VALUES(3116352167462436968,3,3);
INSERT INTO "term_postings" VALUES(4032999189068186364,3,3);
INSERT INTO "term_postings" VALUES(4053584262821904818,3,3);
INSERT INTO "term_postings" VALUES(4633813441029473015,3,3);
INSERT INTO "term_postings" VALUES(4695595540468007462,3,3);
INSERT INTO "term_postings" VALUES(5123853850518618262,3,3);
INSERT INTO "term_postings" VALUES(5135295261322117884,3,3);
INSERT INTO "term_postings" VALUES(5535156411636318961,3,3);
INSERT INTO "term_postings" VALUES(6002446091700470332,3,3);
INSERT INTO "term_postings" VALUES(6143732000210092784,3,3);
INSERT INTO "term_postings" VALUES(6432904692055736719,3,3);
INSERT INTO "term_postings" VALUES(-7536629768477736432,7,3);
INSERT INTO "term_postings" VALUES(-6515343286299131367,7,3);
INSERT INTO "term_postings" VALUES(-6086050159621176786,7,3);
INSERT INTO "term_postings" VALUES(-5024277623367859449,7,3);
INSERT INTO "term_postings" VALUES(-4987347527547682165,7,3);
INSERT INTO "term_postings" VALUES(-4713406425743358907,7,3);
INSERT INTO "term_postings" VALUES(-4680053569732607447,7,3);
INSERT INTO "term_postings" VALUES(-4501405324028869794,7,3);
INSERT INTO "term_postings" VALUES(-4237358500216569754,7,3);
INSERT INTO "term_postings" VALUES(-3966722981371903201,7,3);
INSERT INTO "term_postings" VALUES(-2318741341315661175,7,3);
INSERT INTO "term_postings" VALUES(-1041228418945777098,7,3);
INSERT INTO "term_postings" VALUES(-805091593844096807,7,3);
INSERT INTO "term_postings" VALUES(-435164956552658020,7,3);
INSERT INTO "term_postings" VALUES(-404937423659269828,7,3);
INSERT INTO "term_postings" VALUES(528312463939404377,7,3);
INSERT INTO "term_postings" VALUES(948413256833434284,7,3);
INSERT INTO "term_postings" VALUES(1957502744762122693,7,3);
INSERT INTO "term_postings" VALUES(3939693034479157679,7,3);
INSERT INTO "term_postings" VALUES(4053584262821904818,7,3);
INSERT INTO "term_postings" VALUES(4631253657572803011,7,3);
INSERT INTO "term_postings" VALUES(4633813441029473015,7,3);
INSERT INTO "term_postings" VALUES(4794787879103235019,7,3);
INSERT INTO "term_postings" VALUES(5123853850518618262,7,3);
INSERT INTO "term_postings" VALUES(5135295261322117884,7,3);
INSERT INTO "term_postings" VALUES(5147884639520687063,7,3);
INSERT INTO "term_postings" VALUES(5535156411636318961,7,3);
INSERT INTO "term_postings" VALUES(6002446091700470332,7,3);
INSERT INTO "term_postings" VALUES(6544335269179490630,7,3);
INSERT INTO "term_postings" VALUES(7293938668787466807,7,3);
CREATE UNIQUE INDEX articles_by_url_and_content ON articles(canonical_url, content_hash);
CREATE INDEX articles_by_canonical_url ON articles(canonical_url, version);
CREATE INDEX articles_by_story ON articles(story_id);
CREATE INDEX articles_to_index ON articles(id)
    WHERE indexed = 0 AND junk_reason = '' AND superseded_by IS NULL;
CREATE INDEX stories_by_update ON stories(updated_at, id);
CREATE INDEX stories_to_retire ON stories(last_at) WHERE indexed = 1;
CREATE INDEX stories_to_brief ON stories(updated_at) WHERE needs_brief = 1;
CREATE INDEX term_postings_by_story ON term_postings(story_id, article_id);
CREATE INDEX copy_bands_by_story ON copy_bands(story_id, article_id);
CREATE INDEX feeds_by_due ON feeds(next_due);
COMMIT;
PRAGMA user_version = 3;
