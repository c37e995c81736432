--
-- PostgreSQL database dump
--

\restrict jMjhDpxFrGAASmtqzUNUAhCV8Jd9hfViBRSw1z8TGIfvDxOLZdQFdirPMHj6vMC

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: album; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.album (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    release_year integer,
    artist_id integer NOT NULL,
    CONSTRAINT ck_album_release_year_in_range CHECK (((release_year IS NULL) OR ((release_year >= 1860) AND (release_year <= 2100))))
);


--
-- Name: album_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.album_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: album_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.album_id_seq OWNED BY public.album.id;


--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: alias; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alias (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(50) NOT NULL,
    name_key character varying(150) NOT NULL
);


--
-- Name: alias_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.alias_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alias_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.alias_id_seq OWNED BY public.alias.id;


--
-- Name: artist; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.artist (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    gross_worth_cents bigint NOT NULL,
    CONSTRAINT ck_artist_gross_worth_not_negative CHECK ((gross_worth_cents >= 0))
);


--
-- Name: artist_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.artist_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: artist_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.artist_id_seq OWNED BY public.artist.id;


--
-- Name: playlist; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.playlist (
    id integer NOT NULL,
    user_id integer NOT NULL,
    track_id integer NOT NULL,
    added_at timestamp with time zone NOT NULL
);


--
-- Name: playlist_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.playlist_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: playlist_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.playlist_id_seq OWNED BY public.playlist.id;


--
-- Name: revoked_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revoked_token (
    id integer NOT NULL,
    jti character varying(64) NOT NULL,
    user_id integer NOT NULL,
    revoked_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: revoked_token_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.revoked_token_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: revoked_token_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.revoked_token_id_seq OWNED BY public.revoked_token.id;


--
-- Name: track; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.track (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    composer character varying(255),
    genre character varying(120),
    duration_ms integer,
    album_id integer NOT NULL,
    artist_id integer NOT NULL,
    CONSTRAINT ck_track_duration_not_negative CHECK (((duration_ms IS NULL) OR (duration_ms >= 0)))
);


--
-- Name: track_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.track_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: track_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.track_id_seq OWNED BY public.track.id;


--
-- Name: user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."user" (
    id integer NOT NULL,
    email character varying(254),
    password_hash character varying(60),
    first_name character varying(100) NOT NULL,
    surname character varying(100),
    age integer,
    postcode character varying(16),
    role character varying(10) NOT NULL,
    privacy_policy_version character varying(20) NOT NULL,
    privacy_accepted_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    deidentified_at timestamp with time zone,
    token_key character varying(32) NOT NULL,
    CONSTRAINT ck_user_age_in_range CHECK (((age IS NULL) OR ((age >= 13) AND (age <= 120)))),
    CONSTRAINT ck_user_role_known CHECK (((role)::text = ANY ((ARRAY['user'::character varying, 'admin'::character varying])::text[])))
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;


--
-- Name: album id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.album ALTER COLUMN id SET DEFAULT nextval('public.album_id_seq'::regclass);


--
-- Name: alias id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alias ALTER COLUMN id SET DEFAULT nextval('public.alias_id_seq'::regclass);


--
-- Name: artist id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.artist ALTER COLUMN id SET DEFAULT nextval('public.artist_id_seq'::regclass);


--
-- Name: playlist id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.playlist ALTER COLUMN id SET DEFAULT nextval('public.playlist_id_seq'::regclass);


--
-- Name: revoked_token id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token ALTER COLUMN id SET DEFAULT nextval('public.revoked_token_id_seq'::regclass);


--
-- Name: track id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track ALTER COLUMN id SET DEFAULT nextval('public.track_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Data for Name: album; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.album (id, title, release_year, artist_id) FROM stdin;
1	For Those About To Rock We Salute You	\N	1
2	Balls to the Wall	\N	2
3	Restless and Wild	\N	2
4	Let There Be Rock	\N	1
5	Big Ones	\N	3
6	Jagged Little Pill	\N	4
7	Facelift	\N	5
8	Warner 25 Anos	\N	6
9	Plays Metallica By Four Cellos	\N	7
10	Audioslave	\N	8
11	Out Of Exile	\N	8
12	BackBeat Soundtrack	\N	9
13	The Best Of Billy Cobham	\N	10
14	Alcohol Fueled Brewtality Live! [Disc 1]	\N	11
15	Alcohol Fueled Brewtality Live! [Disc 2]	\N	11
16	Black Sabbath	\N	12
17	Black Sabbath Vol. 4 (Remaster)	\N	12
18	Body Count	\N	13
19	Chemical Wedding	\N	14
20	The Best Of Buddy Guy - The Millenium Collection	\N	15
21	Prenda Minha	\N	16
22	Sozinho Remix Ao Vivo	\N	16
23	Minha Historia	\N	17
24	Afrociberdelia	\N	18
25	Da Lama Ao Caos	\N	18
26	Acústico MTV [Live]	\N	19
27	Cidade Negra - Hits	\N	19
28	Na Pista	\N	20
29	Axé Bahia 2001	\N	21
30	BBC Sessions [Disc 1] [Live]	\N	22
31	Bongo Fury	\N	23
32	Carnaval 2001	\N	21
33	Chill: Brazil (Disc 1)	\N	24
34	Chill: Brazil (Disc 2)	\N	6
35	Garage Inc. (Disc 1)	\N	50
36	Greatest Hits II	\N	51
37	Greatest Kiss	\N	52
38	Heart of the Night	\N	53
39	International Superhits	\N	54
40	Into The Light	\N	55
41	Meus Momentos	\N	56
42	Minha História	\N	57
43	MK III The Final Concerts [Disc 1]	\N	58
44	Physical Graffiti [Disc 1]	\N	22
45	Sambas De Enredo 2001	\N	21
46	Supernatural	\N	59
47	The Best of Ed Motta	\N	37
48	The Essential Miles Davis [Disc 1]	\N	68
49	The Essential Miles Davis [Disc 2]	\N	68
50	The Final Concerts (Disc 2)	\N	58
51	Up An' Atom	\N	69
52	Vinícius De Moraes - Sem Limite	\N	70
53	Vozes do MPB	\N	21
54	Chronicle, Vol. 1	\N	76
55	Chronicle, Vol. 2	\N	76
56	Cássia Eller - Coleção Sem Limite [Disc 2]	\N	77
57	Cássia Eller - Sem Limite [Disc 1]	\N	77
58	Come Taste The Band	\N	58
59	Deep Purple In Rock	\N	58
60	Fireball	\N	58
61	Knocking at Your Back Door: The Best Of Deep Purple in the 80's	\N	58
62	Machine Head	\N	58
63	Purpendicular	\N	58
64	Slaves And Masters	\N	58
65	Stormbringer	\N	58
66	The Battle Rages On	\N	58
67	Vault: Def Leppard's Greatest Hits	\N	78
68	Outbreak	\N	79
69	Djavan Ao Vivo - Vol. 02	\N	80
70	Djavan Ao Vivo - Vol. 1	\N	80
71	Elis Regina-Minha História	\N	41
72	The Cream Of Clapton	\N	81
73	Unplugged	\N	81
74	Album Of The Year	\N	82
75	Angel Dust	\N	82
76	King For A Day Fool For A Lifetime	\N	82
77	The Real Thing	\N	82
78	Deixa Entrar	\N	83
79	In Your Honor [Disc 1]	\N	84
80	In Your Honor [Disc 2]	\N	84
81	One By One	\N	84
82	The Colour And The Shape	\N	84
83	My Way: The Best Of Frank Sinatra [Disc 1]	\N	85
84	Roda De Funk	\N	86
85	As Canções de Eu Tu Eles	\N	27
86	Quanta Gente Veio Ver (Live)	\N	27
87	Quanta Gente Veio ver--Bônus De Carnaval	\N	27
88	Faceless	\N	87
89	American Idiot	\N	54
90	Appetite for Destruction	\N	88
91	Use Your Illusion I	\N	88
92	Use Your Illusion II	\N	88
93	Blue Moods	\N	89
94	A Matter of Life and Death	\N	90
95	A Real Dead One	\N	90
96	A Real Live One	\N	90
97	Brave New World	\N	90
98	Dance Of Death	\N	90
99	Fear Of The Dark	\N	90
100	Iron Maiden	\N	90
101	Killers	\N	90
102	Live After Death	\N	90
103	Live At Donington 1992 (Disc 1)	\N	90
104	Live At Donington 1992 (Disc 2)	\N	90
105	No Prayer For The Dying	\N	90
106	Piece Of Mind	\N	90
107	Powerslave	\N	90
108	Rock In Rio [CD1]	\N	90
109	Rock In Rio [CD2]	\N	90
110	Seventh Son of a Seventh Son	\N	90
111	Somewhere in Time	\N	90
112	The Number of The Beast	\N	90
113	The X Factor	\N	90
114	Virtual XI	\N	90
115	Sex Machine	\N	91
116	Emergency On Planet Earth	\N	92
117	Synkronized	\N	92
118	The Return Of The Space Cowboy	\N	92
119	Get Born	\N	93
120	Are You Experienced?	\N	94
121	Surfing with the Alien (Remastered)	\N	95
122	Jorge Ben Jor 25 Anos	\N	46
123	Jota Quest-1995	\N	96
124	Cafezinho	\N	97
125	Living After Midnight	\N	98
126	Unplugged [Live]	\N	52
127	BBC Sessions [Disc 2] [Live]	\N	22
128	Coda	\N	22
129	Houses Of The Holy	\N	22
130	In Through The Out Door	\N	22
131	IV	\N	22
132	Led Zeppelin I	\N	22
133	Led Zeppelin II	\N	22
134	Led Zeppelin III	\N	22
135	Physical Graffiti [Disc 2]	\N	22
136	Presence	\N	22
137	The Song Remains The Same (Disc 1)	\N	22
138	The Song Remains The Same (Disc 2)	\N	22
139	A TempestadeTempestade Ou O Livro Dos Dias	\N	99
140	Mais Do Mesmo	\N	99
141	Greatest Hits	\N	100
142	Lulu Santos - RCA 100 Anos De Música - Álbum 01	\N	101
143	Lulu Santos - RCA 100 Anos De Música - Álbum 02	\N	101
144	Misplaced Childhood	\N	102
145	Barulhinho Bom	\N	103
146	Seek And Shall Find: More Of The Best (1963-1981)	\N	104
147	The Best Of Men At Work	\N	105
148	Black Album	\N	50
149	Garage Inc. (Disc 2)	\N	50
150	Kill 'Em All	\N	50
151	Load	\N	50
152	Master Of Puppets	\N	50
153	ReLoad	\N	50
154	Ride The Lightning	\N	50
155	St. Anger	\N	50
156	...And Justice For All	\N	50
157	Miles Ahead	\N	68
158	Milton Nascimento Ao Vivo	\N	42
159	Minas	\N	42
160	Ace Of Spades	\N	106
161	Demorou...	\N	108
162	Motley Crue Greatest Hits	\N	109
163	From The Muddy Banks Of The Wishkah [Live]	\N	110
164	Nevermind	\N	110
165	Compositores	\N	111
166	Olodum	\N	112
167	Acústico MTV	\N	113
168	Arquivo II	\N	113
169	Arquivo Os Paralamas Do Sucesso	\N	113
170	Bark at the Moon (Remastered)	\N	114
171	Blizzard of Ozz	\N	114
172	Diary of a Madman (Remastered)	\N	114
173	No More Tears (Remastered)	\N	114
174	Tribute	\N	114
175	Walking Into Clarksdale	\N	115
176	Original Soundtracks 1	\N	116
177	The Beast Live	\N	117
178	Live On Two Legs [Live]	\N	118
179	Pearl Jam	\N	118
180	Riot Act	\N	118
181	Ten	\N	118
182	Vs.	\N	118
183	Dark Side Of The Moon	\N	120
184	Os Cães Ladram Mas A Caravana Não Pára	\N	121
185	Greatest Hits I	\N	51
186	News Of The World	\N	51
187	Out Of Time	\N	122
188	Green	\N	124
189	New Adventures In Hi-Fi	\N	124
190	The Best Of R.E.M.: The IRS Years	\N	124
191	Cesta Básica	\N	125
192	Raul Seixas	\N	126
193	Blood Sugar Sex Magik	\N	127
194	By The Way	\N	127
195	Californication	\N	127
196	Retrospective I (1974-1980)	\N	128
197	Santana - As Years Go By	\N	59
198	Santana Live	\N	59
199	Maquinarama	\N	130
200	O Samba Poconé	\N	130
201	Judas 0: B-Sides and Rarities	\N	131
202	Rotten Apples: Greatest Hits	\N	131
203	A-Sides	\N	132
204	Morning Dance	\N	53
205	In Step	\N	133
206	Core	\N	134
207	Mezmerize	\N	135
208	[1997] Black Light Syndrome	\N	136
209	Live [Disc 1]	\N	137
210	Live [Disc 2]	\N	137
211	The Singles	\N	138
212	Beyond Good And Evil	\N	139
213	Pure Cult: The Best Of The Cult (For Rockers, Ravers, Lovers & Sinners) [UK]	\N	139
214	The Doors	\N	140
215	The Police Greatest Hits	\N	141
216	Hot Rocks, 1964-1971 (Disc 1)	\N	142
217	No Security	\N	142
218	Voodoo Lounge	\N	142
219	Tangents	\N	143
220	Transmission	\N	143
221	My Generation - The Very Best Of The Who	\N	144
222	Serie Sem Limite (Disc 1)	\N	145
223	Serie Sem Limite (Disc 2)	\N	145
224	Acústico	\N	146
225	Volume Dois	\N	146
226	Battlestar Galactica: The Story So Far	\N	147
227	Battlestar Galactica, Season 3	\N	147
228	Heroes, Season 1	\N	148
229	Lost, Season 3	\N	149
230	Lost, Season 1	\N	149
231	Lost, Season 2	\N	149
232	Achtung Baby	\N	150
233	All That You Can't Leave Behind	\N	150
234	B-Sides 1980-1990	\N	150
235	How To Dismantle An Atomic Bomb	\N	150
236	Pop	\N	150
237	Rattle And Hum	\N	150
238	The Best Of 1980-1990	\N	150
239	War	\N	150
240	Zooropa	\N	150
241	UB40 The Best Of - Volume Two [UK]	\N	151
242	Diver Down	\N	152
243	The Best Of Van Halen, Vol. I	\N	152
244	Van Halen	\N	152
245	Van Halen III	\N	152
246	Contraband	\N	153
247	Vinicius De Moraes	\N	72
248	Ao Vivo [IMPORT]	\N	155
249	The Office, Season 1	\N	156
250	The Office, Season 2	\N	156
251	The Office, Season 3	\N	156
252	Un-Led-Ed	\N	157
253	Battlestar Galactica (Classic), Season 1	\N	158
254	Aquaman	\N	159
255	Instant Karma: The Amnesty International Campaign to Save Darfur	\N	150
256	Speak of the Devil	\N	114
257	20th Century Masters - The Millennium Collection: The Best of Scorpions	\N	179
258	House of Pain	\N	180
259	Radio Brasil (O Som da Jovem Vanguarda) - Seleccao de Henrique Amaro	\N	36
260	Cake: B-Sides and Rarities	\N	196
261	LOST, Season 4	\N	149
262	Quiet Songs	\N	197
263	Muso Ko	\N	198
264	Realize	\N	199
265	Every Kind of Light	\N	200
266	Duos II	\N	201
267	Worlds	\N	202
268	The Best of Beethoven	\N	203
269	Temple of the Dog	\N	204
270	Carry On	\N	205
271	Revelations	\N	8
272	Adorate Deum: Gregorian Chant from the Proper of the Mass	\N	206
273	Allegri: Miserere	\N	207
274	Pachelbel: Canon & Gigue	\N	208
275	Vivaldi: The Four Seasons	\N	209
276	Bach: Violin Concertos	\N	210
277	Bach: Goldberg Variations	\N	211
278	Bach: The Cello Suites	\N	212
279	Handel: The Messiah (Highlights)	\N	213
280	The World of Classical Favourites	\N	214
281	Sir Neville Marriner: A Celebration	\N	215
282	Mozart: Wind Concertos	\N	216
283	Haydn: Symphonies 99 - 104	\N	217
284	Beethoven: Symhonies Nos. 5 & 6	\N	218
285	A Soprano Inspired	\N	219
286	Great Opera Choruses	\N	220
287	Wagner: Favourite Overtures	\N	221
288	Fauré: Requiem, Ravel: Pavane & Others	\N	222
289	Tchaikovsky: The Nutcracker	\N	223
290	The Last Night of the Proms	\N	224
291	Puccini: Madama Butterfly - Highlights	\N	225
292	Holst: The Planets, Op. 32 & Vaughan Williams: Fantasies	\N	226
293	Pavarotti's Opera Made Easy	\N	227
294	Great Performances - Barber's Adagio and Other Romantic Favorites for Strings	\N	228
295	Carmina Burana	\N	229
296	A Copland Celebration, Vol. I	\N	230
297	Bach: Toccata & Fugue in D Minor	\N	231
298	Prokofiev: Symphony No.1	\N	232
299	Scheherazade	\N	233
300	Bach: The Brandenburg Concertos	\N	234
301	Chopin: Piano Concertos Nos. 1 & 2	\N	235
302	Mascagni: Cavalleria Rusticana	\N	236
303	Sibelius: Finlandia	\N	237
304	Beethoven Piano Sonatas: Moonlight & Pastorale	\N	238
305	Great Recordings of the Century - Mahler: Das Lied von der Erde	\N	240
306	Elgar: Cello Concerto & Vaughan Williams: Fantasias	\N	241
307	Adams, John: The Chairman Dances	\N	242
308	Tchaikovsky: 1812 Festival Overture, Op.49, Capriccio Italien & Beethoven: Wellington's Victory	\N	243
309	Palestrina: Missa Papae Marcelli & Allegri: Miserere	\N	244
310	Prokofiev: Romeo & Juliet	\N	245
311	Strauss: Waltzes	\N	226
312	Berlioz: Symphonie Fantastique	\N	245
313	Bizet: Carmen Highlights	\N	246
314	English Renaissance	\N	247
315	Handel: Music for the Royal Fireworks (Original Version 1749)	\N	208
316	Grieg: Peer Gynt Suites & Sibelius: Pelléas et Mélisande	\N	248
317	Mozart Gala: Famous Arias	\N	249
318	SCRIABIN: Vers la flamme	\N	250
319	Armada: Music from the Courts of England and Spain	\N	251
320	Mozart: Symphonies Nos. 40 & 41	\N	248
321	Back to Black	\N	252
322	Frank	\N	252
323	Carried to Dust (Bonus Track Version)	\N	253
324	Beethoven: Symphony No. 6 'Pastoral' Etc.	\N	254
325	Bartok: Violin & Viola Concertos	\N	255
326	Mendelssohn: A Midsummer Night's Dream	\N	256
327	Bach: Orchestral Suites Nos. 1 - 4	\N	257
328	Charpentier: Divertissements, Airs & Concerts	\N	258
329	South American Getaway	\N	259
330	Górecki: Symphony No. 3	\N	260
331	Purcell: The Fairy Queen	\N	261
332	The Ultimate Relexation Album	\N	262
333	Purcell: Music for the Queen Mary	\N	263
334	Weill: The Seven Deadly Sins	\N	264
335	J.S. Bach: Chaconne, Suite in E Minor, Partita in E Major & Prelude, Fugue and Allegro	\N	265
336	Prokofiev: Symphony No.5 & Stravinksy: Le Sacre Du Printemps	\N	248
337	Szymanowski: Piano Works, Vol. 1	\N	266
338	Nielsen: The Six Symphonies	\N	267
339	Great Recordings of the Century: Paganini's 24 Caprices	\N	268
340	Liszt - 12 Études D'Execution Transcendante	\N	269
341	Great Recordings of the Century - Shubert: Schwanengesang, 4 Lieder	\N	270
342	Locatelli: Concertos for Violin, Strings and Continuo, Vol. 3	\N	271
343	Respighi:Pines of Rome	\N	226
344	Schubert: The Late String Quartets & String Quintet (3 CD's)	\N	272
345	Monteverdi: L'Orfeo	\N	273
346	Mozart: Chamber Music	\N	274
347	Koyaanisqatsi (Soundtrack from the Motion Picture)	\N	275
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alembic_version (version_num) FROM stdin;
7cb499ccf69b
\.


--
-- Data for Name: alias; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alias (id, user_id, name, name_key) FROM stdin;
\.


--
-- Data for Name: artist; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.artist (id, name, gross_worth_cents) FROM stdin;
1	AC/DC	1584
2	Accept	495
3	Aerosmith	990
4	Alanis Morissette	792
5	Alice In Chains	693
6	Antônio Carlos Jobim	2178
7	Apocalyptica	396
8	Audioslave	1584
9	BackBeat	594
10	Billy Cobham	396
11	Black Label Society	792
12	Black Sabbath	891
13	Body Count	1089
14	Bruce Dickinson	1188
15	Buddy Guy	693
16	Caetano Veloso	2079
17	Chico Buarque	2673
18	Chico Science & Nação Zumbi	2475
19	Cidade Negra	1584
20	Cláudio Zoli	495
21	Various Artists	2871
22	Led Zeppelin	8613
23	Frank Zappa & Captain Beefheart	396
24	Marcos Valle	693
25	Milton Nascimento & Bebeto	0
26	Azymuth	0
27	Gilberto Gil	1980
28	João Gilberto	0
29	Bebel Gilberto	0
30	Jorge Vercilo	0
31	Baby Consuelo	0
32	Ney Matogrosso	0
33	Luiz Melodia	0
34	Nando Reis	0
35	Pedro Luís & A Parede	0
36	O Rappa	693
37	Ed Motta	594
38	Banda Black Rio	0
39	Fernanda Porto	0
40	Os Cariocas	0
41	Elis Regina	1287
42	Milton Nascimento	1485
43	A Cor Do Som	0
44	Kid Abelha	0
45	Sandra De Sá	0
46	Jorge Ben	594
47	Hermeto Pascoal	0
48	Barão Vermelho	0
49	Edson, DJ Marky & DJ Patife Featuring Fernanda Porto	0
50	Metallica	9009
51	Queen	3663
52	Kiss	3069
53	Spyro Gyra	1980
54	Green Day	3267
55	David Coverdale	792
56	Gonzaguinha	891
57	Os Mutantes	792
58	Deep Purple	4356
59	Santana	1188
60	Santana Feat. Dave Matthews	0
61	Santana Feat. Everlast	0
62	Santana Feat. Rob Thomas	0
63	Santana Feat. Lauryn Hill & Cee-Lo	0
64	Santana Feat. The Project G&B	0
65	Santana Feat. Maná	0
66	Santana Feat. Eagle-Eye Cherry	0
67	Santana Feat. Eric Clapton	0
68	Miles Davis	1683
69	Gene Krupa	1683
70	Toquinho & Vinícius	1485
71	Vinícius De Moraes & Baden Powell	0
72	Vinícius De Moraes	594
73	Vinícius E Qurteto Em Cy	0
74	Vinícius E Odette Lara	0
75	Vinicius, Toquinho & Quarteto Em Cy	0
76	Creedence Clearwater Revival	3663
77	Cássia Eller	2079
78	Def Leppard	693
79	Dennis Chambers	396
80	Djavan	1782
81	Eric Clapton	3960
82	Faith No More	4158
83	Falamansa	792
84	Foo Fighters	2178
85	Frank Sinatra	990
86	Funk Como Le Gusta	792
87	Godsmack	792
88	Guns N' Roses	3564
89	Incognito	891
90	Iron Maiden	13860
91	James Brown	1188
92	Jamiroquai	1782
93	JET	693
94	Jimi Hendrix	792
95	Joe Satriani	396
96	Jota Quest	594
97	João Suplicy	594
98	Judas Priest	990
99	Legião Urbana	1683
100	Lenny Kravitz	2574
101	Lulu Santos	1287
102	Marillion	495
103	Marisa Monte	792
104	Marvin Gaye	990
105	Men At Work	792
106	Motörhead	594
107	Motörhead & Girlschool	0
108	Mônica Marianno	594
109	Mötley Crüe	693
110	Nirvana	1188
111	O Terço	1287
112	Olodum	990
113	Os Paralamas Do Sucesso	4455
114	Ozzy Osbourne	2376
115	Page & Plant	792
116	Passengers	891
117	Paul D'Ianno	495
118	Pearl Jam	3168
119	Peter Tosh	0
120	Pink Floyd	396
121	Planet Hemp	891
122	R.E.M. Feat. Kate Pearson	891
123	R.E.M. Feat. KRS-One	0
124	R.E.M.	3861
125	Raimundos	693
126	Raul Seixas	990
127	Red Hot Chili Peppers	2673
128	Rush	594
129	Simply Red	0
130	Skank	990
131	Smashing Pumpkins	2376
132	Soundgarden	1485
133	Stevie Ray Vaughan & Double Trouble	891
134	Stone Temple Pilots	990
135	System Of A Down	1188
136	Terry Bozzio, Tony Levin & Steve Stevens	495
137	The Black Crowes	1386
138	The Clash	990
139	The Cult	1584
140	The Doors	396
141	The Police	693
142	The Rolling Stones	1782
143	The Tea Party	1683
144	The Who	1881
145	Tim Maia	2376
146	Titãs	3366
147	Battlestar Galactica	2388
148	Heroes	2587
149	Lost	8159
150	U2	10593
151	UB40	792
152	Van Halen	2871
153	Velvet Revolver	594
154	Whitesnake	0
155	Zeca Pagodinho	891
156	The Office	4975
157	Dread Zeppelin	99
158	Battlestar Galactica (Classic)	3582
159	Aquaman	398
160	Christina Aguilera featuring BigElf	0
161	Aerosmith & Sierra Leone's Refugee Allstars	0
162	Los Lonely Boys	0
163	Corinne Bailey Rae	0
164	Dhani Harrison & Jakob Dylan	0
165	Jackson Browne	0
166	Avril Lavigne	0
167	Big & Rich	0
168	Youssou N'Dour	0
169	Black Eyed Peas	0
170	Jack Johnson	0
171	Ben Harper	0
172	Snow Patrol	0
173	Matisyahu	0
174	The Postal Service	0
175	Jaguares	0
176	The Flaming Lips	0
177	Jack's Mannequin & Mick Fleetwood	0
178	Regina Spektor	0
179	Scorpions	495
180	House Of Pain	792
181	Xis	0
182	Nega Gizza	0
183	Gustavo & Andres Veiga & Salazar	0
184	Rodox	0
185	Charlie Brown Jr.	0
186	Pedro Luís E A Parede	0
187	Los Hermanos	0
188	Mundo Livre S/A	0
189	Otto	0
190	Instituto	0
191	Nação Zumbi	0
192	DJ Dolores & Orchestra Santa Massa	0
193	Seu Jorge	0
194	Sabotage E Instituto	0
195	Stereo Maracana	0
196	Cake	0
197	Aisha Duo	0
198	Habib Koité and Bamada	99
199	Karsh Kale	0
200	The Posies	99
201	Luciana Souza/Romero Lubambo	99
202	Aaron Goldberg	0
203	Nicolaus Esterhazy Sinfonia	0
204	Temple of the Dog	396
205	Chris Cornell	396
206	Alberto Turco & Nova Schola Gregoriana	0
207	Richard Marlow & The Choir of Trinity College, Cambridge	0
208	English Concert & Trevor Pinnock	99
209	Anne-Sophie Mutter, Herbert Von Karajan & Wiener Philharmoniker	0
210	Hilary Hahn, Jeffrey Kahane, Los Angeles Chamber Orchestra & Margaret Batjer	0
211	Wilhelm Kempff	0
212	Yo-Yo Ma	99
213	Scholars Baroque Ensemble	99
214	Academy of St. Martin in the Fields & Sir Neville Marriner	99
215	Academy of St. Martin in the Fields Chamber Ensemble & Sir Neville Marriner	0
216	Berliner Philharmoniker, Claudio Abbado & Sabine Meyer	0
217	Royal Philharmonic Orchestra & Sir Thomas Beecham	99
218	Orchestre Révolutionnaire et Romantique & John Eliot Gardiner	0
219	Britten Sinfonia, Ivor Bolton & Lesley Garrett	0
220	Chicago Symphony Chorus, Chicago Symphony Orchestra & Sir Georg Solti	0
221	Sir Georg Solti & Wiener Philharmoniker	99
222	Academy of St. Martin in the Fields, John Birch, Sir Neville Marriner & Sylvia McNair	99
223	London Symphony Orchestra & Sir Charles Mackerras	0
224	Barry Wordsworth & BBC Concert Orchestra	0
225	Herbert Von Karajan, Mirella Freni & Wiener Philharmoniker	0
226	Eugene Ormandy	198
227	Luciano Pavarotti	0
228	Leonard Bernstein & New York Philharmonic	0
229	Boston Symphony Orchestra & Seiji Ozawa	0
230	Aaron Copland & London Symphony Orchestra	0
231	Ton Koopman	0
232	Sergei Prokofiev & Yuri Temirkanov	0
233	Chicago Symphony Orchestra & Fritz Reiner	198
234	Orchestra of The Age of Enlightenment	99
235	Emanuel Ax, Eugene Ormandy & Philadelphia Orchestra	99
236	James Levine	0
237	Berliner Philharmoniker & Hans Rosbaud	99
238	Maurizio Pollini	99
239	Academy of St. Martin in the Fields, Sir Neville Marriner & William Bennett	0
240	Gustav Mahler	0
241	Felix Schmidt, London Symphony Orchestra & Rafael Frühbeck de Burgos	99
242	Edo de Waart & San Francisco Symphony	99
243	Antal Doráti & London Symphony Orchestra	99
244	Choir Of Westminster Abbey & Simon Preston	0
245	Michael Tilson Thomas & San Francisco Symphony	297
246	Chor der Wiener Staatsoper, Herbert Von Karajan & Wiener Philharmoniker	0
247	The King's Singers	99
248	Berliner Philharmoniker & Herbert Von Karajan	198
249	Sir Georg Solti, Sumi Jo & Wiener Philharmoniker	0
250	Christopher O'Riley	0
251	Fretwork	0
252	Amy Winehouse	1782
253	Calexico	99
254	Otto Klemperer & Philharmonia Orchestra	99
255	Yehudi Menuhin	99
256	Philharmonia Orchestra & Sir Neville Marriner	99
257	Academy of St. Martin in the Fields, Sir Neville Marriner & Thurston Dart	198
258	Les Arts Florissants & William Christie	0
259	The 12 Cellists of The Berlin Philharmonic	99
260	Adrian Leaper & Doreen de Feis	99
261	Roger Norrington, London Classical Players	99
262	Charles Dutoit & L'Orchestre Symphonique de Montréal	0
263	Equale Brass Ensemble, John Eliot Gardiner & Munich Monteverdi Orchestra and Choir	198
264	Kent Nagano and Orchestre de l'Opéra de Lyon	99
265	Julian Bream	99
266	Martin Roscoe	99
267	Göteborgs Symfoniker & Neeme Järvi	99
268	Itzhak Perlman	0
269	Michele Campanella	99
270	Gerald Moore	0
271	Mela Tenenbaum, Pro Musica Prague & Richard Kapp	0
272	Emerson String Quartet	198
273	C. Monteverdi, Nigel Rogers - Chiaroscuro; London Baroque; London Cornett & Sackbu	0
274	Nash Ensemble	0
275	Philip Glass Ensemble	0
\.


--
-- Data for Name: playlist; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.playlist (id, user_id, track_id, added_at) FROM stdin;
1	1	1	2026-12-03 14:57:39.449268+00
2	1	2	2026-12-03 14:57:39.449268+00
3	1	3	2026-12-03 14:57:39.449268+00
4	1	4	2026-12-03 14:57:39.449268+00
5	1	5	2026-12-03 14:57:39.449268+00
6	1	6	2026-12-03 14:57:39.449268+00
7	1	7	2026-12-03 14:57:39.449268+00
8	1	8	2026-12-03 14:57:39.449268+00
9	1	9	2026-12-03 14:57:39.449268+00
10	1	10	2026-12-03 14:57:39.449268+00
11	1	11	2026-12-03 14:57:39.449268+00
12	1	12	2026-12-03 14:57:39.449268+00
13	1	13	2026-12-03 14:57:39.449268+00
14	1	14	2026-12-03 14:57:39.449268+00
15	1	15	2026-12-03 14:57:39.449268+00
16	1	16	2026-12-03 14:57:39.449268+00
17	1	17	2026-12-03 14:57:39.449268+00
18	1	18	2026-12-03 14:57:39.449268+00
19	1	19	2026-12-03 14:57:39.449268+00
20	1	20	2026-12-03 14:57:39.449268+00
21	1	21	2026-12-03 14:57:39.449268+00
22	1	22	2026-12-03 14:57:39.449268+00
23	1	23	2026-12-03 14:57:39.449268+00
24	1	24	2026-12-03 14:57:39.449268+00
25	1	25	2026-12-03 14:57:39.449268+00
26	1	26	2026-12-03 14:57:39.449268+00
27	1	27	2026-12-03 14:57:39.449268+00
28	1	28	2026-12-03 14:57:39.449268+00
29	1	29	2026-12-03 14:57:39.449268+00
30	1	30	2026-12-03 14:57:39.449268+00
31	1	31	2026-12-03 14:57:39.449268+00
32	1	32	2026-12-03 14:57:39.449268+00
33	1	33	2026-12-03 14:57:39.449268+00
34	1	34	2026-12-03 14:57:39.449268+00
35	1	35	2026-12-03 14:57:39.449268+00
36	1	36	2026-12-03 14:57:39.449268+00
37	1	37	2026-12-03 14:57:39.449268+00
38	1	38	2026-12-03 14:57:39.449268+00
39	1	39	2026-12-03 14:57:39.449268+00
40	1	40	2026-12-03 14:57:39.449268+00
41	1	41	2026-12-03 14:57:39.449268+00
42	1	42	2026-12-03 14:57:39.449268+00
43	1	43	2026-12-03 14:57:39.449268+00
44	1	44	2026-12-03 14:57:39.449268+00
45	1	45	2026-12-03 14:57:39.449268+00
46	1	46	2026-12-03 14:57:39.449268+00
47	1	47	2026-12-03 14:57:39.449268+00
48	1	48	2026-12-03 14:57:39.449268+00
49	1	49	2026-12-03 14:57:39.449268+00
50	1	50	2026-12-03 14:57:39.449268+00
51	1	51	2026-12-03 14:57:39.449268+00
52	1	52	2026-12-03 14:57:39.449268+00
53	1	53	2026-12-03 14:57:39.449268+00
54	1	54	2026-12-03 14:57:39.449268+00
55	1	55	2026-12-03 14:57:39.449268+00
56	1	56	2026-12-03 14:57:39.449268+00
57	1	57	2026-12-03 14:57:39.449268+00
58	1	58	2026-12-03 14:57:39.449268+00
59	1	59	2026-12-03 14:57:39.449268+00
60	1	60	2026-12-03 14:57:39.449268+00
61	1	61	2026-12-03 14:57:39.449268+00
62	1	62	2026-12-03 14:57:39.449268+00
63	1	63	2026-12-03 14:57:39.449268+00
64	1	64	2026-12-03 14:57:39.449268+00
65	1	65	2026-12-03 14:57:39.449268+00
66	1	66	2026-12-03 14:57:39.449268+00
67	1	67	2026-12-03 14:57:39.449268+00
68	1	68	2026-12-03 14:57:39.449268+00
69	1	69	2026-12-03 14:57:39.449268+00
70	1	70	2026-12-03 14:57:39.449268+00
71	1	71	2026-12-03 14:57:39.449268+00
72	1	72	2026-12-03 14:57:39.449268+00
73	1	73	2026-12-03 14:57:39.449268+00
74	1	74	2026-12-03 14:57:39.449268+00
75	1	75	2026-12-03 14:57:39.449268+00
76	1	76	2026-12-03 14:57:39.449268+00
77	1	77	2026-12-03 14:57:39.449268+00
78	1	78	2026-12-03 14:57:39.449268+00
79	1	79	2026-12-03 14:57:39.449268+00
80	1	80	2026-12-03 14:57:39.449268+00
81	1	81	2026-12-03 14:57:39.449268+00
82	1	82	2026-12-03 14:57:39.449268+00
83	1	83	2026-12-03 14:57:39.449268+00
84	1	84	2026-12-03 14:57:39.449268+00
85	1	85	2026-12-03 14:57:39.449268+00
86	1	86	2026-12-03 14:57:39.449268+00
87	1	87	2026-12-03 14:57:39.449268+00
88	1	88	2026-12-03 14:57:39.449268+00
89	1	89	2026-12-03 14:57:39.449268+00
90	1	90	2026-12-03 14:57:39.449268+00
91	1	91	2026-12-03 14:57:39.449268+00
92	1	92	2026-12-03 14:57:39.449268+00
93	1	93	2026-12-03 14:57:39.449268+00
94	1	94	2026-12-03 14:57:39.449268+00
95	1	95	2026-12-03 14:57:39.449268+00
96	1	96	2026-12-03 14:57:39.449268+00
97	1	97	2026-12-03 14:57:39.449268+00
98	1	98	2026-12-03 14:57:39.449268+00
99	1	99	2026-12-03 14:57:39.449268+00
100	1	100	2026-12-03 14:57:39.449268+00
101	1	101	2026-12-03 14:57:39.449268+00
102	1	102	2026-12-03 14:57:39.449268+00
103	1	103	2026-12-03 14:57:39.449268+00
104	1	104	2026-12-03 14:57:39.449268+00
105	1	105	2026-12-03 14:57:39.449268+00
106	1	106	2026-12-03 14:57:39.449268+00
107	1	107	2026-12-03 14:57:39.449268+00
108	1	108	2026-12-03 14:57:39.449268+00
109	1	109	2026-12-03 14:57:39.449268+00
110	1	110	2026-12-03 14:57:39.449268+00
111	1	111	2026-12-03 14:57:39.449268+00
112	1	112	2026-12-03 14:57:39.449268+00
113	1	113	2026-12-03 14:57:39.449268+00
114	1	114	2026-12-03 14:57:39.449268+00
115	1	115	2026-12-03 14:57:39.449268+00
116	1	116	2026-12-03 14:57:39.449268+00
117	1	117	2026-12-03 14:57:39.449268+00
118	1	118	2026-12-03 14:57:39.449268+00
119	1	119	2026-12-03 14:57:39.449268+00
120	1	120	2026-12-03 14:57:39.449268+00
121	1	121	2026-12-03 14:57:39.449268+00
122	1	122	2026-12-03 14:57:39.449268+00
123	1	123	2026-12-03 14:57:39.449268+00
124	1	124	2026-12-03 14:57:39.449268+00
125	1	125	2026-12-03 14:57:39.449268+00
126	1	126	2026-12-03 14:57:39.449268+00
127	1	127	2026-12-03 14:57:39.449268+00
128	1	128	2026-12-03 14:57:39.449268+00
129	1	129	2026-12-03 14:57:39.449268+00
130	1	130	2026-12-03 14:57:39.449268+00
131	1	131	2026-12-03 14:57:39.449268+00
132	1	132	2026-12-03 14:57:39.449268+00
133	1	133	2026-12-03 14:57:39.449268+00
134	1	134	2026-12-03 14:57:39.449268+00
135	1	135	2026-12-03 14:57:39.449268+00
136	1	136	2026-12-03 14:57:39.449268+00
137	1	137	2026-12-03 14:57:39.449268+00
138	1	138	2026-12-03 14:57:39.449268+00
139	1	139	2026-12-03 14:57:39.449268+00
140	1	140	2026-12-03 14:57:39.449268+00
141	1	141	2026-12-03 14:57:39.449268+00
142	1	142	2026-12-03 14:57:39.449268+00
143	1	143	2026-12-03 14:57:39.449268+00
144	1	144	2026-12-03 14:57:39.449268+00
145	1	145	2026-12-03 14:57:39.449268+00
146	1	146	2026-12-03 14:57:39.449268+00
147	1	147	2026-12-03 14:57:39.449268+00
148	1	148	2026-12-03 14:57:39.449268+00
149	1	149	2026-12-03 14:57:39.449268+00
150	1	150	2026-12-03 14:57:39.449268+00
151	1	151	2026-12-03 14:57:39.449268+00
152	1	152	2026-12-03 14:57:39.449268+00
153	1	153	2026-12-03 14:57:39.449268+00
154	1	154	2026-12-03 14:57:39.449268+00
155	1	155	2026-12-03 14:57:39.449268+00
156	1	156	2026-12-03 14:57:39.449268+00
157	1	157	2026-12-03 14:57:39.449268+00
158	1	158	2026-12-03 14:57:39.449268+00
159	1	159	2026-12-03 14:57:39.449268+00
160	1	160	2026-12-03 14:57:39.449268+00
161	1	161	2026-12-03 14:57:39.449268+00
162	1	162	2026-12-03 14:57:39.449268+00
163	1	163	2026-12-03 14:57:39.449268+00
164	1	164	2026-12-03 14:57:39.449268+00
165	1	165	2026-12-03 14:57:39.449268+00
166	1	166	2026-12-03 14:57:39.449268+00
167	1	167	2026-12-03 14:57:39.449268+00
168	1	168	2026-12-03 14:57:39.449268+00
169	1	169	2026-12-03 14:57:39.449268+00
170	1	170	2026-12-03 14:57:39.449268+00
171	1	171	2026-12-03 14:57:39.449268+00
172	1	172	2026-12-03 14:57:39.449268+00
173	1	173	2026-12-03 14:57:39.449268+00
174	1	174	2026-12-03 14:57:39.449268+00
175	1	175	2026-12-03 14:57:39.449268+00
176	1	176	2026-12-03 14:57:39.449268+00
177	1	177	2026-12-03 14:57:39.449268+00
178	1	178	2026-12-03 14:57:39.449268+00
179	1	179	2026-12-03 14:57:39.449268+00
180	1	180	2026-12-03 14:57:39.449268+00
181	1	181	2026-12-03 14:57:39.449268+00
182	1	182	2026-12-03 14:57:39.449268+00
183	1	183	2026-12-03 14:57:39.449268+00
184	1	184	2026-12-03 14:57:39.449268+00
185	1	185	2026-12-03 14:57:39.449268+00
186	1	186	2026-12-03 14:57:39.449268+00
187	1	187	2026-12-03 14:57:39.449268+00
188	1	188	2026-12-03 14:57:39.449268+00
189	1	189	2026-12-03 14:57:39.449268+00
190	1	190	2026-12-03 14:57:39.449268+00
191	1	191	2026-12-03 14:57:39.449268+00
192	1	192	2026-12-03 14:57:39.449268+00
193	1	193	2026-12-03 14:57:39.449268+00
194	1	194	2026-12-03 14:57:39.449268+00
195	1	195	2026-12-03 14:57:39.449268+00
196	1	196	2026-12-03 14:57:39.449268+00
197	1	197	2026-12-03 14:57:39.449268+00
198	1	198	2026-12-03 14:57:39.449268+00
199	1	199	2026-12-03 14:57:39.449268+00
200	1	200	2026-12-03 14:57:39.449268+00
201	1	201	2026-12-03 14:57:39.449268+00
202	1	202	2026-12-03 14:57:39.449268+00
203	1	203	2026-12-03 14:57:39.449268+00
204	1	204	2026-12-03 14:57:39.449268+00
205	1	205	2026-12-03 14:57:39.449268+00
206	1	206	2026-12-03 14:57:39.449268+00
207	1	207	2026-12-03 14:57:39.449268+00
208	1	208	2026-12-03 14:57:39.449268+00
209	1	209	2026-12-03 14:57:39.449268+00
210	1	210	2026-12-03 14:57:39.449268+00
211	1	211	2026-12-03 14:57:39.449268+00
212	1	212	2026-12-03 14:57:39.449268+00
213	1	213	2026-12-03 14:57:39.449268+00
214	1	214	2026-12-03 14:57:39.449268+00
215	1	215	2026-12-03 14:57:39.449268+00
216	1	216	2026-12-03 14:57:39.449268+00
217	1	217	2026-12-03 14:57:39.449268+00
218	1	218	2026-12-03 14:57:39.449268+00
219	1	219	2026-12-03 14:57:39.449268+00
220	1	220	2026-12-03 14:57:39.449268+00
221	1	221	2026-12-03 14:57:39.449268+00
222	1	222	2026-12-03 14:57:39.449268+00
223	1	223	2026-12-03 14:57:39.449268+00
224	1	224	2026-12-03 14:57:39.449268+00
225	1	225	2026-12-03 14:57:39.449268+00
226	1	226	2026-12-03 14:57:39.449268+00
227	1	227	2026-12-03 14:57:39.449268+00
228	1	228	2026-12-03 14:57:39.449268+00
229	1	229	2026-12-03 14:57:39.449268+00
230	1	230	2026-12-03 14:57:39.449268+00
231	1	231	2026-12-03 14:57:39.449268+00
232	1	232	2026-12-03 14:57:39.449268+00
233	1	233	2026-12-03 14:57:39.449268+00
234	1	234	2026-12-03 14:57:39.449268+00
235	1	235	2026-12-03 14:57:39.449268+00
236	1	236	2026-12-03 14:57:39.449268+00
237	1	237	2026-12-03 14:57:39.449268+00
238	1	238	2026-12-03 14:57:39.449268+00
239	1	239	2026-12-03 14:57:39.449268+00
240	1	240	2026-12-03 14:57:39.449268+00
241	1	241	2026-12-03 14:57:39.449268+00
242	1	242	2026-12-03 14:57:39.449268+00
243	1	243	2026-12-03 14:57:39.449268+00
244	1	244	2026-12-03 14:57:39.449268+00
245	1	245	2026-12-03 14:57:39.449268+00
246	1	246	2026-12-03 14:57:39.449268+00
247	1	247	2026-12-03 14:57:39.449268+00
248	1	248	2026-12-03 14:57:39.449268+00
249	1	249	2026-12-03 14:57:39.449268+00
250	1	250	2026-12-03 14:57:39.449268+00
251	1	251	2026-12-03 14:57:39.449268+00
252	1	252	2026-12-03 14:57:39.449268+00
253	1	253	2026-12-03 14:57:39.449268+00
254	1	254	2026-12-03 14:57:39.449268+00
255	1	255	2026-12-03 14:57:39.449268+00
256	1	256	2026-12-03 14:57:39.449268+00
257	1	257	2026-12-03 14:57:39.449268+00
258	1	258	2026-12-03 14:57:39.449268+00
259	1	259	2026-12-03 14:57:39.449268+00
260	1	260	2026-12-03 14:57:39.449268+00
261	1	261	2026-12-03 14:57:39.449268+00
262	1	262	2026-12-03 14:57:39.449268+00
263	1	263	2026-12-03 14:57:39.449268+00
264	1	264	2026-12-03 14:57:39.449268+00
265	1	265	2026-12-03 14:57:39.449268+00
266	1	266	2026-12-03 14:57:39.449268+00
267	1	267	2026-12-03 14:57:39.449268+00
268	1	268	2026-12-03 14:57:39.449268+00
269	1	269	2026-12-03 14:57:39.449268+00
270	1	270	2026-12-03 14:57:39.449268+00
271	1	271	2026-12-03 14:57:39.449268+00
272	1	272	2026-12-03 14:57:39.449268+00
273	1	273	2026-12-03 14:57:39.449268+00
274	1	274	2026-12-03 14:57:39.449268+00
275	1	275	2026-12-03 14:57:39.449268+00
276	1	276	2026-12-03 14:57:39.449268+00
277	1	277	2026-12-03 14:57:39.449268+00
278	1	278	2026-12-03 14:57:39.449268+00
279	1	279	2026-12-03 14:57:39.449268+00
280	1	280	2026-12-03 14:57:39.449268+00
281	1	281	2026-12-03 14:57:39.449268+00
282	1	282	2026-12-03 14:57:39.449268+00
283	1	283	2026-12-03 14:57:39.449268+00
284	1	284	2026-12-03 14:57:39.449268+00
285	1	285	2026-12-03 14:57:39.449268+00
286	1	286	2026-12-03 14:57:39.449268+00
287	1	287	2026-12-03 14:57:39.449268+00
288	1	288	2026-12-03 14:57:39.449268+00
289	1	289	2026-12-03 14:57:39.449268+00
290	1	290	2026-12-03 14:57:39.449268+00
291	1	291	2026-12-03 14:57:39.449268+00
292	1	292	2026-12-03 14:57:39.449268+00
293	1	293	2026-12-03 14:57:39.449268+00
294	1	294	2026-12-03 14:57:39.449268+00
295	1	295	2026-12-03 14:57:39.449268+00
296	1	296	2026-12-03 14:57:39.449268+00
297	1	297	2026-12-03 14:57:39.449268+00
298	1	298	2026-12-03 14:57:39.449268+00
299	1	299	2026-12-03 14:57:39.449268+00
300	1	300	2026-12-03 14:57:39.449268+00
301	1	301	2026-12-03 14:57:39.449268+00
302	1	302	2026-12-03 14:57:39.449268+00
303	1	303	2026-12-03 14:57:39.449268+00
304	1	304	2026-12-03 14:57:39.449268+00
305	1	305	2026-12-03 14:57:39.449268+00
306	1	306	2026-12-03 14:57:39.449268+00
307	1	307	2026-12-03 14:57:39.449268+00
308	1	308	2026-12-03 14:57:39.449268+00
309	1	309	2026-12-03 14:57:39.449268+00
310	1	310	2026-12-03 14:57:39.449268+00
311	1	311	2026-12-03 14:57:39.449268+00
312	1	312	2026-12-03 14:57:39.449268+00
313	1	313	2026-12-03 14:57:39.449268+00
314	1	314	2026-12-03 14:57:39.449268+00
315	1	315	2026-12-03 14:57:39.449268+00
316	1	316	2026-12-03 14:57:39.449268+00
317	1	317	2026-12-03 14:57:39.449268+00
318	1	318	2026-12-03 14:57:39.449268+00
319	1	319	2026-12-03 14:57:39.449268+00
320	1	320	2026-12-03 14:57:39.449268+00
321	1	321	2026-12-03 14:57:39.449268+00
322	1	322	2026-12-03 14:57:39.449268+00
323	1	323	2026-12-03 14:57:39.449268+00
324	1	324	2026-12-03 14:57:39.449268+00
325	1	325	2026-12-03 14:57:39.449268+00
326	1	326	2026-12-03 14:57:39.449268+00
327	1	327	2026-12-03 14:57:39.449268+00
328	1	328	2026-12-03 14:57:39.449268+00
329	1	329	2026-12-03 14:57:39.449268+00
330	1	330	2026-12-03 14:57:39.449268+00
331	1	331	2026-12-03 14:57:39.449268+00
332	1	332	2026-12-03 14:57:39.449268+00
333	1	333	2026-12-03 14:57:39.449268+00
334	1	334	2026-12-03 14:57:39.449268+00
335	1	335	2026-12-03 14:57:39.449268+00
336	1	336	2026-12-03 14:57:39.449268+00
337	1	337	2026-12-03 14:57:39.449268+00
338	1	338	2026-12-03 14:57:39.449268+00
339	1	339	2026-12-03 14:57:39.449268+00
340	1	340	2026-12-03 14:57:39.449268+00
341	1	341	2026-12-03 14:57:39.449268+00
342	1	342	2026-12-03 14:57:39.449268+00
343	1	343	2026-12-03 14:57:39.449268+00
344	1	344	2026-12-03 14:57:39.449268+00
345	1	345	2026-12-03 14:57:39.449268+00
346	1	346	2026-12-03 14:57:39.449268+00
347	1	347	2026-12-03 14:57:39.449268+00
348	1	348	2026-12-03 14:57:39.449268+00
349	1	349	2026-12-03 14:57:39.449268+00
350	1	350	2026-12-03 14:57:39.449268+00
351	1	351	2026-12-03 14:57:39.449268+00
352	1	352	2026-12-03 14:57:39.449268+00
353	1	353	2026-12-03 14:57:39.449268+00
354	1	354	2026-12-03 14:57:39.449268+00
355	1	355	2026-12-03 14:57:39.449268+00
356	1	356	2026-12-03 14:57:39.449268+00
357	1	357	2026-12-03 14:57:39.449268+00
358	1	358	2026-12-03 14:57:39.449268+00
359	1	359	2026-12-03 14:57:39.449268+00
360	1	360	2026-12-03 14:57:39.449268+00
361	1	361	2026-12-03 14:57:39.449268+00
362	1	362	2026-12-03 14:57:39.449268+00
363	1	363	2026-12-03 14:57:39.449268+00
364	1	364	2026-12-03 14:57:39.449268+00
365	1	365	2026-12-03 14:57:39.449268+00
366	1	366	2026-12-03 14:57:39.449268+00
367	1	367	2026-12-03 14:57:39.449268+00
368	1	368	2026-12-03 14:57:39.449268+00
369	1	369	2026-12-03 14:57:39.449268+00
370	1	370	2026-12-03 14:57:39.449268+00
371	1	371	2026-12-03 14:57:39.449268+00
372	1	372	2026-12-03 14:57:39.449268+00
373	1	373	2026-12-03 14:57:39.449268+00
374	1	374	2026-12-03 14:57:39.449268+00
375	1	375	2026-12-03 14:57:39.449268+00
376	1	376	2026-12-03 14:57:39.449268+00
377	1	377	2026-12-03 14:57:39.449268+00
378	1	378	2026-12-03 14:57:39.449268+00
379	1	379	2026-12-03 14:57:39.449268+00
380	1	380	2026-12-03 14:57:39.449268+00
381	1	381	2026-12-03 14:57:39.449268+00
382	1	382	2026-12-03 14:57:39.449268+00
383	1	383	2026-12-03 14:57:39.449268+00
384	1	384	2026-12-03 14:57:39.449268+00
385	1	385	2026-12-03 14:57:39.449268+00
386	1	386	2026-12-03 14:57:39.449268+00
387	1	387	2026-12-03 14:57:39.449268+00
388	1	388	2026-12-03 14:57:39.449268+00
389	1	389	2026-12-03 14:57:39.449268+00
390	1	390	2026-12-03 14:57:39.449268+00
391	1	391	2026-12-03 14:57:39.449268+00
392	1	392	2026-12-03 14:57:39.449268+00
393	1	393	2026-12-03 14:57:39.449268+00
394	1	394	2026-12-03 14:57:39.449268+00
395	1	395	2026-12-03 14:57:39.449268+00
396	1	396	2026-12-03 14:57:39.449268+00
397	1	397	2026-12-03 14:57:39.449268+00
398	1	398	2026-12-03 14:57:39.449268+00
399	1	399	2026-12-03 14:57:39.449268+00
400	1	400	2026-12-03 14:57:39.449268+00
401	1	401	2026-12-03 14:57:39.449268+00
402	1	402	2026-12-03 14:57:39.449268+00
403	1	403	2026-12-03 14:57:39.449268+00
404	1	404	2026-12-03 14:57:39.449268+00
405	1	405	2026-12-03 14:57:39.449268+00
406	1	406	2026-12-03 14:57:39.449268+00
407	1	407	2026-12-03 14:57:39.449268+00
408	1	408	2026-12-03 14:57:39.449268+00
409	1	409	2026-12-03 14:57:39.449268+00
410	1	410	2026-12-03 14:57:39.449268+00
411	1	411	2026-12-03 14:57:39.449268+00
412	1	412	2026-12-03 14:57:39.449268+00
413	1	413	2026-12-03 14:57:39.449268+00
414	1	414	2026-12-03 14:57:39.449268+00
415	1	415	2026-12-03 14:57:39.449268+00
416	1	416	2026-12-03 14:57:39.449268+00
417	1	417	2026-12-03 14:57:39.449268+00
418	1	418	2026-12-03 14:57:39.449268+00
419	1	419	2026-12-03 14:57:39.449268+00
420	1	420	2026-12-03 14:57:39.449268+00
421	1	421	2026-12-03 14:57:39.449268+00
422	1	422	2026-12-03 14:57:39.449268+00
423	1	423	2026-12-03 14:57:39.449268+00
424	1	424	2026-12-03 14:57:39.449268+00
425	1	425	2026-12-03 14:57:39.449268+00
426	1	426	2026-12-03 14:57:39.449268+00
427	1	427	2026-12-03 14:57:39.449268+00
428	1	428	2026-12-03 14:57:39.449268+00
429	1	429	2026-12-03 14:57:39.449268+00
430	1	430	2026-12-03 14:57:39.449268+00
431	1	431	2026-12-03 14:57:39.449268+00
432	1	432	2026-12-03 14:57:39.449268+00
433	1	433	2026-12-03 14:57:39.449268+00
434	1	434	2026-12-03 14:57:39.449268+00
435	1	435	2026-12-03 14:57:39.449268+00
436	1	436	2026-12-03 14:57:39.449268+00
437	1	437	2026-12-03 14:57:39.449268+00
438	1	438	2026-12-03 14:57:39.449268+00
439	1	439	2026-12-03 14:57:39.449268+00
440	1	440	2026-12-03 14:57:39.449268+00
441	1	441	2026-12-03 14:57:39.449268+00
442	1	442	2026-12-03 14:57:39.449268+00
443	1	443	2026-12-03 14:57:39.449268+00
444	1	444	2026-12-03 14:57:39.449268+00
445	1	445	2026-12-03 14:57:39.449268+00
446	1	446	2026-12-03 14:57:39.449268+00
447	1	447	2026-12-03 14:57:39.449268+00
448	1	448	2026-12-03 14:57:39.449268+00
449	1	449	2026-12-03 14:57:39.449268+00
450	1	450	2026-12-03 14:57:39.449268+00
451	1	451	2026-12-03 14:57:39.449268+00
452	1	452	2026-12-03 14:57:39.449268+00
453	1	453	2026-12-03 14:57:39.449268+00
454	1	454	2026-12-03 14:57:39.449268+00
455	1	455	2026-12-03 14:57:39.449268+00
456	1	456	2026-12-03 14:57:39.449268+00
457	1	457	2026-12-03 14:57:39.449268+00
458	1	458	2026-12-03 14:57:39.449268+00
459	1	459	2026-12-03 14:57:39.449268+00
460	1	460	2026-12-03 14:57:39.449268+00
461	1	461	2026-12-03 14:57:39.449268+00
462	1	462	2026-12-03 14:57:39.449268+00
463	1	463	2026-12-03 14:57:39.449268+00
464	1	464	2026-12-03 14:57:39.449268+00
465	1	465	2026-12-03 14:57:39.449268+00
466	1	466	2026-12-03 14:57:39.449268+00
467	1	467	2026-12-03 14:57:39.449268+00
468	1	468	2026-12-03 14:57:39.449268+00
469	1	469	2026-12-03 14:57:39.449268+00
470	1	470	2026-12-03 14:57:39.449268+00
471	1	471	2026-12-03 14:57:39.449268+00
472	1	472	2026-12-03 14:57:39.449268+00
473	1	473	2026-12-03 14:57:39.449268+00
474	1	474	2026-12-03 14:57:39.449268+00
475	1	475	2026-12-03 14:57:39.449268+00
476	1	476	2026-12-03 14:57:39.449268+00
477	1	477	2026-12-03 14:57:39.449268+00
478	1	478	2026-12-03 14:57:39.449268+00
479	1	479	2026-12-03 14:57:39.449268+00
480	1	480	2026-12-03 14:57:39.449268+00
481	1	481	2026-12-03 14:57:39.449268+00
482	1	482	2026-12-03 14:57:39.449268+00
483	1	483	2026-12-03 14:57:39.449268+00
484	1	484	2026-12-03 14:57:39.449268+00
485	1	485	2026-12-03 14:57:39.449268+00
486	1	486	2026-12-03 14:57:39.449268+00
487	1	487	2026-12-03 14:57:39.449268+00
488	1	488	2026-12-03 14:57:39.449268+00
489	1	489	2026-12-03 14:57:39.449268+00
490	1	490	2026-12-03 14:57:39.449268+00
491	1	491	2026-12-03 14:57:39.449268+00
492	1	492	2026-12-03 14:57:39.449268+00
493	1	493	2026-12-03 14:57:39.449268+00
494	1	494	2026-12-03 14:57:39.449268+00
495	1	495	2026-12-03 14:57:39.449268+00
496	1	496	2026-12-03 14:57:39.449268+00
497	1	497	2026-12-03 14:57:39.449268+00
498	1	498	2026-12-03 14:57:39.449268+00
499	1	499	2026-12-03 14:57:39.449268+00
500	1	500	2026-12-03 14:57:39.449268+00
501	1	501	2026-12-03 14:57:39.449268+00
502	1	502	2026-12-03 14:57:39.449268+00
503	1	503	2026-12-03 14:57:39.449268+00
504	1	504	2026-12-03 14:57:39.449268+00
505	1	505	2026-12-03 14:57:39.449268+00
506	1	506	2026-12-03 14:57:39.449268+00
507	1	507	2026-12-03 14:57:39.449268+00
508	1	508	2026-12-03 14:57:39.449268+00
509	1	509	2026-12-03 14:57:39.449268+00
510	1	510	2026-12-03 14:57:39.449268+00
511	1	511	2026-12-03 14:57:39.449268+00
512	1	512	2026-12-03 14:57:39.449268+00
513	1	513	2026-12-03 14:57:39.449268+00
514	1	514	2026-12-03 14:57:39.449268+00
515	1	515	2026-12-03 14:57:39.449268+00
516	1	516	2026-12-03 14:57:39.449268+00
517	1	517	2026-12-03 14:57:39.449268+00
518	1	518	2026-12-03 14:57:39.449268+00
519	1	519	2026-12-03 14:57:39.449268+00
520	1	520	2026-12-03 14:57:39.449268+00
521	1	521	2026-12-03 14:57:39.449268+00
522	1	522	2026-12-03 14:57:39.449268+00
523	1	523	2026-12-03 14:57:39.449268+00
524	1	524	2026-12-03 14:57:39.449268+00
525	1	525	2026-12-03 14:57:39.449268+00
526	1	526	2026-12-03 14:57:39.449268+00
527	1	527	2026-12-03 14:57:39.449268+00
528	1	528	2026-12-03 14:57:39.449268+00
529	1	529	2026-12-03 14:57:39.449268+00
530	1	530	2026-12-03 14:57:39.449268+00
531	1	531	2026-12-03 14:57:39.449268+00
532	1	532	2026-12-03 14:57:39.449268+00
533	1	533	2026-12-03 14:57:39.449268+00
534	1	534	2026-12-03 14:57:39.449268+00
535	1	535	2026-12-03 14:57:39.449268+00
536	1	536	2026-12-03 14:57:39.449268+00
537	1	537	2026-12-03 14:57:39.449268+00
538	1	538	2026-12-03 14:57:39.449268+00
539	1	539	2026-12-03 14:57:39.449268+00
540	1	540	2026-12-03 14:57:39.449268+00
541	1	541	2026-12-03 14:57:39.449268+00
542	1	542	2026-12-03 14:57:39.449268+00
543	1	543	2026-12-03 14:57:39.449268+00
544	1	544	2026-12-03 14:57:39.449268+00
545	1	545	2026-12-03 14:57:39.449268+00
546	1	546	2026-12-03 14:57:39.449268+00
547	1	547	2026-12-03 14:57:39.449268+00
548	1	548	2026-12-03 14:57:39.449268+00
549	1	549	2026-12-03 14:57:39.449268+00
550	1	550	2026-12-03 14:57:39.449268+00
551	1	551	2026-12-03 14:57:39.449268+00
552	1	552	2026-12-03 14:57:39.449268+00
553	1	553	2026-12-03 14:57:39.449268+00
554	1	554	2026-12-03 14:57:39.449268+00
555	1	555	2026-12-03 14:57:39.449268+00
556	1	556	2026-12-03 14:57:39.449268+00
557	1	557	2026-12-03 14:57:39.449268+00
558	1	558	2026-12-03 14:57:39.449268+00
559	1	559	2026-12-03 14:57:39.449268+00
560	1	560	2026-12-03 14:57:39.449268+00
561	1	561	2026-12-03 14:57:39.449268+00
562	1	562	2026-12-03 14:57:39.449268+00
563	1	563	2026-12-03 14:57:39.449268+00
564	1	564	2026-12-03 14:57:39.449268+00
565	1	565	2026-12-03 14:57:39.449268+00
566	1	566	2026-12-03 14:57:39.449268+00
567	1	567	2026-12-03 14:57:39.449268+00
568	1	568	2026-12-03 14:57:39.449268+00
569	1	569	2026-12-03 14:57:39.449268+00
570	1	570	2026-12-03 14:57:39.449268+00
571	1	571	2026-12-03 14:57:39.449268+00
572	1	572	2026-12-03 14:57:39.449268+00
573	1	573	2026-12-03 14:57:39.449268+00
574	1	574	2026-12-03 14:57:39.449268+00
575	1	575	2026-12-03 14:57:39.449268+00
576	1	576	2026-12-03 14:57:39.449268+00
577	1	577	2026-12-03 14:57:39.449268+00
578	1	578	2026-12-03 14:57:39.449268+00
579	1	579	2026-12-03 14:57:39.449268+00
580	1	580	2026-12-03 14:57:39.449268+00
581	1	581	2026-12-03 14:57:39.449268+00
582	1	582	2026-12-03 14:57:39.449268+00
583	1	583	2026-12-03 14:57:39.449268+00
584	1	584	2026-12-03 14:57:39.449268+00
585	1	585	2026-12-03 14:57:39.449268+00
586	1	586	2026-12-03 14:57:39.449268+00
587	1	587	2026-12-03 14:57:39.449268+00
588	1	588	2026-12-03 14:57:39.449268+00
589	1	589	2026-12-03 14:57:39.449268+00
590	1	590	2026-12-03 14:57:39.449268+00
591	1	591	2026-12-03 14:57:39.449268+00
592	1	592	2026-12-03 14:57:39.449268+00
593	1	593	2026-12-03 14:57:39.449268+00
594	1	594	2026-12-03 14:57:39.449268+00
595	1	595	2026-12-03 14:57:39.449268+00
596	1	596	2026-12-03 14:57:39.449268+00
597	1	597	2026-12-03 14:57:39.449268+00
598	1	598	2026-12-03 14:57:39.449268+00
599	1	599	2026-12-03 14:57:39.449268+00
600	1	600	2026-12-03 14:57:39.449268+00
601	1	601	2026-12-03 14:57:39.449268+00
602	1	602	2026-12-03 14:57:39.449268+00
603	1	603	2026-12-03 14:57:39.449268+00
604	1	604	2026-12-03 14:57:39.449268+00
605	1	605	2026-12-03 14:57:39.449268+00
606	1	606	2026-12-03 14:57:39.449268+00
607	1	607	2026-12-03 14:57:39.449268+00
608	1	608	2026-12-03 14:57:39.449268+00
609	1	609	2026-12-03 14:57:39.449268+00
610	1	610	2026-12-03 14:57:39.449268+00
611	1	611	2026-12-03 14:57:39.449268+00
612	1	612	2026-12-03 14:57:39.449268+00
613	1	613	2026-12-03 14:57:39.449268+00
614	1	614	2026-12-03 14:57:39.449268+00
615	1	615	2026-12-03 14:57:39.449268+00
616	1	616	2026-12-03 14:57:39.449268+00
617	1	617	2026-12-03 14:57:39.449268+00
618	1	618	2026-12-03 14:57:39.449268+00
619	1	619	2026-12-03 14:57:39.449268+00
620	1	620	2026-12-03 14:57:39.449268+00
621	1	621	2026-12-03 14:57:39.449268+00
622	1	622	2026-12-03 14:57:39.449268+00
623	1	623	2026-12-03 14:57:39.449268+00
624	1	624	2026-12-03 14:57:39.449268+00
625	1	625	2026-12-03 14:57:39.449268+00
626	1	626	2026-12-03 14:57:39.449268+00
627	1	627	2026-12-03 14:57:39.449268+00
628	1	628	2026-12-03 14:57:39.449268+00
629	1	629	2026-12-03 14:57:39.449268+00
630	1	630	2026-12-03 14:57:39.449268+00
631	1	631	2026-12-03 14:57:39.449268+00
632	1	632	2026-12-03 14:57:39.449268+00
633	1	633	2026-12-03 14:57:39.449268+00
634	1	634	2026-12-03 14:57:39.449268+00
635	1	635	2026-12-03 14:57:39.449268+00
636	1	636	2026-12-03 14:57:39.449268+00
637	1	637	2026-12-03 14:57:39.449268+00
638	1	638	2026-12-03 14:57:39.449268+00
639	1	639	2026-12-03 14:57:39.449268+00
640	1	640	2026-12-03 14:57:39.449268+00
641	1	641	2026-12-03 14:57:39.449268+00
642	1	642	2026-12-03 14:57:39.449268+00
643	1	643	2026-12-03 14:57:39.449268+00
644	1	644	2026-12-03 14:57:39.449268+00
645	1	645	2026-12-03 14:57:39.449268+00
646	1	646	2026-12-03 14:57:39.449268+00
647	1	647	2026-12-03 14:57:39.449268+00
648	1	648	2026-12-03 14:57:39.449268+00
649	1	649	2026-12-03 14:57:39.449268+00
650	1	650	2026-12-03 14:57:39.449268+00
651	1	651	2026-12-03 14:57:39.449268+00
652	1	652	2026-12-03 14:57:39.449268+00
653	1	653	2026-12-03 14:57:39.449268+00
654	1	654	2026-12-03 14:57:39.449268+00
655	1	655	2026-12-03 14:57:39.449268+00
656	1	656	2026-12-03 14:57:39.449268+00
657	1	657	2026-12-03 14:57:39.449268+00
658	1	658	2026-12-03 14:57:39.449268+00
659	1	659	2026-12-03 14:57:39.449268+00
660	1	660	2026-12-03 14:57:39.449268+00
661	1	661	2026-12-03 14:57:39.449268+00
662	1	662	2026-12-03 14:57:39.449268+00
663	1	663	2026-12-03 14:57:39.449268+00
664	1	664	2026-12-03 14:57:39.449268+00
665	1	665	2026-12-03 14:57:39.449268+00
666	1	666	2026-12-03 14:57:39.449268+00
667	1	667	2026-12-03 14:57:39.449268+00
668	1	668	2026-12-03 14:57:39.449268+00
669	1	669	2026-12-03 14:57:39.449268+00
670	1	670	2026-12-03 14:57:39.449268+00
671	1	671	2026-12-03 14:57:39.449268+00
672	1	672	2026-12-03 14:57:39.449268+00
673	1	673	2026-12-03 14:57:39.449268+00
674	1	674	2026-12-03 14:57:39.449268+00
675	1	675	2026-12-03 14:57:39.449268+00
676	1	676	2026-12-03 14:57:39.449268+00
677	1	677	2026-12-03 14:57:39.449268+00
678	1	678	2026-12-03 14:57:39.449268+00
679	1	679	2026-12-03 14:57:39.449268+00
680	1	680	2026-12-03 14:57:39.449268+00
681	1	681	2026-12-03 14:57:39.449268+00
682	1	682	2026-12-03 14:57:39.449268+00
683	1	683	2026-12-03 14:57:39.449268+00
684	1	684	2026-12-03 14:57:39.449268+00
685	1	685	2026-12-03 14:57:39.449268+00
686	1	686	2026-12-03 14:57:39.449268+00
687	1	687	2026-12-03 14:57:39.449268+00
688	1	688	2026-12-03 14:57:39.449268+00
689	1	689	2026-12-03 14:57:39.449268+00
690	1	690	2026-12-03 14:57:39.449268+00
691	1	691	2026-12-03 14:57:39.449268+00
692	1	692	2026-12-03 14:57:39.449268+00
693	1	693	2026-12-03 14:57:39.449268+00
694	1	694	2026-12-03 14:57:39.449268+00
695	1	695	2026-12-03 14:57:39.449268+00
696	1	696	2026-12-03 14:57:39.449268+00
697	1	697	2026-12-03 14:57:39.449268+00
698	1	698	2026-12-03 14:57:39.449268+00
699	1	699	2026-12-03 14:57:39.449268+00
700	1	700	2026-12-03 14:57:39.449268+00
701	1	701	2026-12-03 14:57:39.449268+00
702	1	702	2026-12-03 14:57:39.449268+00
703	1	703	2026-12-03 14:57:39.449268+00
704	1	704	2026-12-03 14:57:39.449268+00
705	1	705	2026-12-03 14:57:39.449268+00
706	1	706	2026-12-03 14:57:39.449268+00
707	1	707	2026-12-03 14:57:39.449268+00
708	1	708	2026-12-03 14:57:39.449268+00
709	1	709	2026-12-03 14:57:39.449268+00
710	1	710	2026-12-03 14:57:39.449268+00
711	1	711	2026-12-03 14:57:39.449268+00
712	1	712	2026-12-03 14:57:39.449268+00
713	1	713	2026-12-03 14:57:39.449268+00
714	1	714	2026-12-03 14:57:39.449268+00
715	1	715	2026-12-03 14:57:39.449268+00
716	1	716	2026-12-03 14:57:39.449268+00
717	1	717	2026-12-03 14:57:39.449268+00
718	1	718	2026-12-03 14:57:39.449268+00
719	1	719	2026-12-03 14:57:39.449268+00
720	1	720	2026-12-03 14:57:39.449268+00
721	1	721	2026-12-03 14:57:39.449268+00
722	1	722	2026-12-03 14:57:39.449268+00
723	1	723	2026-12-03 14:57:39.449268+00
724	1	724	2026-12-03 14:57:39.449268+00
725	1	725	2026-12-03 14:57:39.449268+00
726	1	726	2026-12-03 14:57:39.449268+00
727	1	727	2026-12-03 14:57:39.449268+00
728	1	728	2026-12-03 14:57:39.449268+00
729	1	729	2026-12-03 14:57:39.449268+00
730	1	730	2026-12-03 14:57:39.449268+00
731	1	731	2026-12-03 14:57:39.449268+00
732	1	732	2026-12-03 14:57:39.449268+00
733	1	733	2026-12-03 14:57:39.449268+00
734	1	734	2026-12-03 14:57:39.449268+00
735	1	735	2026-12-03 14:57:39.449268+00
736	1	736	2026-12-03 14:57:39.449268+00
737	1	737	2026-12-03 14:57:39.449268+00
738	1	738	2026-12-03 14:57:39.449268+00
739	1	739	2026-12-03 14:57:39.449268+00
740	1	740	2026-12-03 14:57:39.449268+00
741	1	741	2026-12-03 14:57:39.449268+00
742	1	742	2026-12-03 14:57:39.449268+00
743	1	743	2026-12-03 14:57:39.449268+00
744	1	744	2026-12-03 14:57:39.449268+00
745	1	745	2026-12-03 14:57:39.449268+00
746	1	746	2026-12-03 14:57:39.449268+00
747	1	747	2026-12-03 14:57:39.449268+00
748	1	748	2026-12-03 14:57:39.449268+00
749	1	749	2026-12-03 14:57:39.449268+00
750	1	750	2026-12-03 14:57:39.449268+00
751	1	751	2026-12-03 14:57:39.449268+00
752	1	752	2026-12-03 14:57:39.449268+00
753	1	753	2026-12-03 14:57:39.449268+00
754	1	754	2026-12-03 14:57:39.449268+00
755	1	755	2026-12-03 14:57:39.449268+00
756	1	756	2026-12-03 14:57:39.449268+00
757	1	757	2026-12-03 14:57:39.449268+00
758	1	758	2026-12-03 14:57:39.449268+00
759	1	759	2026-12-03 14:57:39.449268+00
760	1	760	2026-12-03 14:57:39.449268+00
761	1	761	2026-12-03 14:57:39.449268+00
762	1	762	2026-12-03 14:57:39.449268+00
763	1	763	2026-12-03 14:57:39.449268+00
764	1	764	2026-12-03 14:57:39.449268+00
765	1	765	2026-12-03 14:57:39.449268+00
766	1	766	2026-12-03 14:57:39.449268+00
767	1	767	2026-12-03 14:57:39.449268+00
768	1	768	2026-12-03 14:57:39.449268+00
769	1	769	2026-12-03 14:57:39.449268+00
770	1	770	2026-12-03 14:57:39.449268+00
771	1	771	2026-12-03 14:57:39.449268+00
772	1	772	2026-12-03 14:57:39.449268+00
773	1	773	2026-12-03 14:57:39.449268+00
774	1	774	2026-12-03 14:57:39.449268+00
775	1	775	2026-12-03 14:57:39.449268+00
776	1	776	2026-12-03 14:57:39.449268+00
777	1	777	2026-12-03 14:57:39.449268+00
778	1	778	2026-12-03 14:57:39.449268+00
779	1	779	2026-12-03 14:57:39.449268+00
780	1	780	2026-12-03 14:57:39.449268+00
781	1	781	2026-12-03 14:57:39.449268+00
782	1	782	2026-12-03 14:57:39.449268+00
783	1	783	2026-12-03 14:57:39.449268+00
784	1	784	2026-12-03 14:57:39.449268+00
785	1	785	2026-12-03 14:57:39.449268+00
786	1	786	2026-12-03 14:57:39.449268+00
787	1	787	2026-12-03 14:57:39.449268+00
788	1	788	2026-12-03 14:57:39.449268+00
789	1	789	2026-12-03 14:57:39.449268+00
790	1	790	2026-12-03 14:57:39.449268+00
791	1	791	2026-12-03 14:57:39.449268+00
792	1	792	2026-12-03 14:57:39.449268+00
793	1	793	2026-12-03 14:57:39.449268+00
794	1	794	2026-12-03 14:57:39.449268+00
795	1	795	2026-12-03 14:57:39.449268+00
796	1	796	2026-12-03 14:57:39.449268+00
797	1	797	2026-12-03 14:57:39.449268+00
798	1	798	2026-12-03 14:57:39.449268+00
799	1	799	2026-12-03 14:57:39.449268+00
800	1	800	2026-12-03 14:57:39.449268+00
801	1	801	2026-12-03 14:57:39.449268+00
802	1	802	2026-12-03 14:57:39.449268+00
803	1	803	2026-12-03 14:57:39.449268+00
804	1	804	2026-12-03 14:57:39.449268+00
805	1	805	2026-12-03 14:57:39.449268+00
806	1	806	2026-12-03 14:57:39.449268+00
807	1	807	2026-12-03 14:57:39.449268+00
808	1	808	2026-12-03 14:57:39.449268+00
809	1	809	2026-12-03 14:57:39.449268+00
810	1	810	2026-12-03 14:57:39.449268+00
811	1	811	2026-12-03 14:57:39.449268+00
812	1	812	2026-12-03 14:57:39.449268+00
813	1	813	2026-12-03 14:57:39.449268+00
814	1	814	2026-12-03 14:57:39.449268+00
815	1	815	2026-12-03 14:57:39.449268+00
816	1	816	2026-12-03 14:57:39.449268+00
817	1	817	2026-12-03 14:57:39.449268+00
818	1	818	2026-12-03 14:57:39.449268+00
819	1	819	2026-12-03 14:57:39.449268+00
820	1	820	2026-12-03 14:57:39.449268+00
821	1	821	2026-12-03 14:57:39.449268+00
822	1	822	2026-12-03 14:57:39.449268+00
823	1	823	2026-12-03 14:57:39.449268+00
824	1	824	2026-12-03 14:57:39.449268+00
825	1	825	2026-12-03 14:57:39.449268+00
826	1	826	2026-12-03 14:57:39.449268+00
827	1	827	2026-12-03 14:57:39.449268+00
828	1	828	2026-12-03 14:57:39.449268+00
829	1	829	2026-12-03 14:57:39.449268+00
830	1	830	2026-12-03 14:57:39.449268+00
831	1	831	2026-12-03 14:57:39.449268+00
832	1	832	2026-12-03 14:57:39.449268+00
833	1	833	2026-12-03 14:57:39.449268+00
834	1	834	2026-12-03 14:57:39.449268+00
835	1	835	2026-12-03 14:57:39.449268+00
836	1	836	2026-12-03 14:57:39.449268+00
837	1	837	2026-12-03 14:57:39.449268+00
838	1	838	2026-12-03 14:57:39.449268+00
839	1	839	2026-12-03 14:57:39.449268+00
840	1	840	2026-12-03 14:57:39.449268+00
841	1	841	2026-12-03 14:57:39.449268+00
842	1	842	2026-12-03 14:57:39.449268+00
843	1	843	2026-12-03 14:57:39.449268+00
844	1	844	2026-12-03 14:57:39.449268+00
845	1	845	2026-12-03 14:57:39.449268+00
846	1	846	2026-12-03 14:57:39.449268+00
847	1	847	2026-12-03 14:57:39.449268+00
848	1	848	2026-12-03 14:57:39.449268+00
849	1	849	2026-12-03 14:57:39.449268+00
850	1	850	2026-12-03 14:57:39.449268+00
851	1	851	2026-12-03 14:57:39.449268+00
852	1	852	2026-12-03 14:57:39.449268+00
853	1	853	2026-12-03 14:57:39.449268+00
854	1	854	2026-12-03 14:57:39.449268+00
855	1	855	2026-12-03 14:57:39.449268+00
856	1	856	2026-12-03 14:57:39.449268+00
857	1	857	2026-12-03 14:57:39.449268+00
858	1	858	2026-12-03 14:57:39.449268+00
859	1	859	2026-12-03 14:57:39.449268+00
860	1	860	2026-12-03 14:57:39.449268+00
861	1	861	2026-12-03 14:57:39.449268+00
862	1	862	2026-12-03 14:57:39.449268+00
863	1	863	2026-12-03 14:57:39.449268+00
864	1	864	2026-12-03 14:57:39.449268+00
865	1	865	2026-12-03 14:57:39.449268+00
866	1	866	2026-12-03 14:57:39.449268+00
867	1	867	2026-12-03 14:57:39.449268+00
868	1	868	2026-12-03 14:57:39.449268+00
869	1	869	2026-12-03 14:57:39.449268+00
870	1	870	2026-12-03 14:57:39.449268+00
871	1	871	2026-12-03 14:57:39.449268+00
872	1	872	2026-12-03 14:57:39.449268+00
873	1	873	2026-12-03 14:57:39.449268+00
874	1	874	2026-12-03 14:57:39.449268+00
875	1	875	2026-12-03 14:57:39.449268+00
876	1	876	2026-12-03 14:57:39.449268+00
877	1	877	2026-12-03 14:57:39.449268+00
878	1	878	2026-12-03 14:57:39.449268+00
879	1	879	2026-12-03 14:57:39.449268+00
880	1	880	2026-12-03 14:57:39.449268+00
881	1	881	2026-12-03 14:57:39.449268+00
882	1	882	2026-12-03 14:57:39.449268+00
883	1	883	2026-12-03 14:57:39.449268+00
884	1	884	2026-12-03 14:57:39.449268+00
885	1	885	2026-12-03 14:57:39.449268+00
886	1	886	2026-12-03 14:57:39.449268+00
887	1	887	2026-12-03 14:57:39.449268+00
888	1	888	2026-12-03 14:57:39.449268+00
889	1	889	2026-12-03 14:57:39.449268+00
890	1	890	2026-12-03 14:57:39.449268+00
891	1	891	2026-12-03 14:57:39.449268+00
892	1	892	2026-12-03 14:57:39.449268+00
893	1	893	2026-12-03 14:57:39.449268+00
894	1	894	2026-12-03 14:57:39.449268+00
895	1	895	2026-12-03 14:57:39.449268+00
896	1	896	2026-12-03 14:57:39.449268+00
897	1	897	2026-12-03 14:57:39.449268+00
898	1	898	2026-12-03 14:57:39.449268+00
899	1	899	2026-12-03 14:57:39.449268+00
900	1	900	2026-12-03 14:57:39.449268+00
901	1	901	2026-12-03 14:57:39.449268+00
902	1	902	2026-12-03 14:57:39.449268+00
903	1	903	2026-12-03 14:57:39.449268+00
904	1	904	2026-12-03 14:57:39.449268+00
905	1	905	2026-12-03 14:57:39.449268+00
906	1	906	2026-12-03 14:57:39.449268+00
907	1	907	2026-12-03 14:57:39.449268+00
908	1	908	2026-12-03 14:57:39.449268+00
909	1	909	2026-12-03 14:57:39.449268+00
910	1	910	2026-12-03 14:57:39.449268+00
911	1	911	2026-12-03 14:57:39.449268+00
912	1	912	2026-12-03 14:57:39.449268+00
913	1	913	2026-12-03 14:57:39.449268+00
914	1	914	2026-12-03 14:57:39.449268+00
915	1	915	2026-12-03 14:57:39.449268+00
916	1	916	2026-12-03 14:57:39.449268+00
917	1	917	2026-12-03 14:57:39.449268+00
918	1	918	2026-12-03 14:57:39.449268+00
919	1	919	2026-12-03 14:57:39.449268+00
920	1	920	2026-12-03 14:57:39.449268+00
921	1	921	2026-12-03 14:57:39.449268+00
922	1	922	2026-12-03 14:57:39.449268+00
923	1	923	2026-12-03 14:57:39.449268+00
924	1	924	2026-12-03 14:57:39.449268+00
925	1	925	2026-12-03 14:57:39.449268+00
926	1	926	2026-12-03 14:57:39.449268+00
927	1	927	2026-12-03 14:57:39.449268+00
928	1	928	2026-12-03 14:57:39.449268+00
929	1	929	2026-12-03 14:57:39.449268+00
930	1	930	2026-12-03 14:57:39.449268+00
931	1	931	2026-12-03 14:57:39.449268+00
932	1	932	2026-12-03 14:57:39.449268+00
933	1	933	2026-12-03 14:57:39.449268+00
934	1	934	2026-12-03 14:57:39.449268+00
935	1	935	2026-12-03 14:57:39.449268+00
936	1	936	2026-12-03 14:57:39.449268+00
937	1	937	2026-12-03 14:57:39.449268+00
938	1	938	2026-12-03 14:57:39.449268+00
939	1	939	2026-12-03 14:57:39.449268+00
940	1	940	2026-12-03 14:57:39.449268+00
941	1	941	2026-12-03 14:57:39.449268+00
942	1	942	2026-12-03 14:57:39.449268+00
943	1	943	2026-12-03 14:57:39.449268+00
944	1	944	2026-12-03 14:57:39.449268+00
945	1	945	2026-12-03 14:57:39.449268+00
946	1	946	2026-12-03 14:57:39.449268+00
947	1	947	2026-12-03 14:57:39.449268+00
948	1	948	2026-12-03 14:57:39.449268+00
949	1	949	2026-12-03 14:57:39.449268+00
950	1	950	2026-12-03 14:57:39.449268+00
951	1	951	2026-12-03 14:57:39.449268+00
952	1	952	2026-12-03 14:57:39.449268+00
953	1	953	2026-12-03 14:57:39.449268+00
954	1	954	2026-12-03 14:57:39.449268+00
955	1	955	2026-12-03 14:57:39.449268+00
956	1	956	2026-12-03 14:57:39.449268+00
957	1	957	2026-12-03 14:57:39.449268+00
958	1	958	2026-12-03 14:57:39.449268+00
959	1	959	2026-12-03 14:57:39.449268+00
960	1	960	2026-12-03 14:57:39.449268+00
961	1	961	2026-12-03 14:57:39.449268+00
962	1	962	2026-12-03 14:57:39.449268+00
963	1	963	2026-12-03 14:57:39.449268+00
964	1	964	2026-12-03 14:57:39.449268+00
965	1	965	2026-12-03 14:57:39.449268+00
966	1	966	2026-12-03 14:57:39.449268+00
967	1	967	2026-12-03 14:57:39.449268+00
968	1	968	2026-12-03 14:57:39.449268+00
969	1	969	2026-12-03 14:57:39.449268+00
970	1	970	2026-12-03 14:57:39.449268+00
971	1	971	2026-12-03 14:57:39.449268+00
972	1	972	2026-12-03 14:57:39.449268+00
973	1	973	2026-12-03 14:57:39.449268+00
974	1	974	2026-12-03 14:57:39.449268+00
975	1	975	2026-12-03 14:57:39.449268+00
976	1	976	2026-12-03 14:57:39.449268+00
977	1	977	2026-12-03 14:57:39.449268+00
978	1	978	2026-12-03 14:57:39.449268+00
979	1	979	2026-12-03 14:57:39.449268+00
980	1	980	2026-12-03 14:57:39.449268+00
981	1	981	2026-12-03 14:57:39.449268+00
982	1	982	2026-12-03 14:57:39.449268+00
983	1	983	2026-12-03 14:57:39.449268+00
984	1	984	2026-12-03 14:57:39.449268+00
985	1	985	2026-12-03 14:57:39.449268+00
986	1	986	2026-12-03 14:57:39.449268+00
987	1	987	2026-12-03 14:57:39.449268+00
988	1	988	2026-12-03 14:57:39.449268+00
989	1	989	2026-12-03 14:57:39.449268+00
990	1	990	2026-12-03 14:57:39.449268+00
991	1	991	2026-12-03 14:57:39.449268+00
992	1	992	2026-12-03 14:57:39.449268+00
993	1	993	2026-12-03 14:57:39.449268+00
994	1	994	2026-12-03 14:57:39.449268+00
995	1	995	2026-12-03 14:57:39.449268+00
996	1	996	2026-12-03 14:57:39.449268+00
997	1	997	2026-12-03 14:57:39.449268+00
998	1	998	2026-12-03 14:57:39.449268+00
999	1	999	2026-12-03 14:57:39.449268+00
1000	1	1000	2026-12-03 14:57:39.449268+00
1001	1	1001	2026-12-03 14:57:39.449268+00
1002	1	1002	2026-12-03 14:57:39.449268+00
1003	1	1003	2026-12-03 14:57:39.449268+00
1004	1	1004	2026-12-03 14:57:39.449268+00
1005	1	1005	2026-12-03 14:57:39.449268+00
1006	1	1006	2026-12-03 14:57:39.449268+00
1007	1	1007	2026-12-03 14:57:39.449268+00
1008	1	1008	2026-12-03 14:57:39.449268+00
1009	1	1009	2026-12-03 14:57:39.449268+00
1010	1	1010	2026-12-03 14:57:39.449268+00
1011	1	1011	2026-12-03 14:57:39.449268+00
1012	1	1012	2026-12-03 14:57:39.449268+00
1013	1	1013	2026-12-03 14:57:39.449268+00
1014	1	1014	2026-12-03 14:57:39.449268+00
1015	1	1015	2026-12-03 14:57:39.449268+00
1016	1	1016	2026-12-03 14:57:39.449268+00
1017	1	1017	2026-12-03 14:57:39.449268+00
1018	1	1018	2026-12-03 14:57:39.449268+00
1019	1	1019	2026-12-03 14:57:39.449268+00
1020	1	1020	2026-12-03 14:57:39.449268+00
1021	1	1021	2026-12-03 14:57:39.449268+00
1022	1	1022	2026-12-03 14:57:39.449268+00
1023	1	1023	2026-12-03 14:57:39.449268+00
1024	1	1024	2026-12-03 14:57:39.449268+00
1025	1	1025	2026-12-03 14:57:39.449268+00
1026	1	1026	2026-12-03 14:57:39.449268+00
1027	1	1027	2026-12-03 14:57:39.449268+00
1028	1	1028	2026-12-03 14:57:39.449268+00
1029	1	1029	2026-12-03 14:57:39.449268+00
1030	1	1030	2026-12-03 14:57:39.449268+00
1031	1	1031	2026-12-03 14:57:39.449268+00
1032	1	1032	2026-12-03 14:57:39.449268+00
1033	1	1033	2026-12-03 14:57:39.449268+00
1034	1	1034	2026-12-03 14:57:39.449268+00
1035	1	1035	2026-12-03 14:57:39.449268+00
1036	1	1036	2026-12-03 14:57:39.449268+00
1037	1	1037	2026-12-03 14:57:39.449268+00
1038	1	1038	2026-12-03 14:57:39.449268+00
1039	1	1039	2026-12-03 14:57:39.449268+00
1040	1	1040	2026-12-03 14:57:39.449268+00
1041	1	1041	2026-12-03 14:57:39.449268+00
1042	1	1042	2026-12-03 14:57:39.449268+00
1043	1	1043	2026-12-03 14:57:39.449268+00
1044	1	1044	2026-12-03 14:57:39.449268+00
1045	1	1045	2026-12-03 14:57:39.449268+00
1046	1	1046	2026-12-03 14:57:39.449268+00
1047	1	1047	2026-12-03 14:57:39.449268+00
1048	1	1048	2026-12-03 14:57:39.449268+00
1049	1	1049	2026-12-03 14:57:39.449268+00
1050	1	1050	2026-12-03 14:57:39.449268+00
1051	1	1051	2026-12-03 14:57:39.449268+00
1052	1	1052	2026-12-03 14:57:39.449268+00
1053	1	1053	2026-12-03 14:57:39.449268+00
1054	1	1054	2026-12-03 14:57:39.449268+00
1055	1	1055	2026-12-03 14:57:39.449268+00
1056	1	1056	2026-12-03 14:57:39.449268+00
1057	1	1057	2026-12-03 14:57:39.449268+00
1058	1	1058	2026-12-03 14:57:39.449268+00
1059	1	1059	2026-12-03 14:57:39.449268+00
1060	1	1060	2026-12-03 14:57:39.449268+00
1061	1	1061	2026-12-03 14:57:39.449268+00
1062	1	1062	2026-12-03 14:57:39.449268+00
1063	1	1063	2026-12-03 14:57:39.449268+00
1064	1	1064	2026-12-03 14:57:39.449268+00
1065	1	1065	2026-12-03 14:57:39.449268+00
1066	1	1066	2026-12-03 14:57:39.449268+00
1067	1	1067	2026-12-03 14:57:39.449268+00
1068	1	1068	2026-12-03 14:57:39.449268+00
1069	1	1069	2026-12-03 14:57:39.449268+00
1070	1	1070	2026-12-03 14:57:39.449268+00
1071	1	1071	2026-12-03 14:57:39.449268+00
1072	1	1072	2026-12-03 14:57:39.449268+00
1073	1	1073	2026-12-03 14:57:39.449268+00
1074	1	1074	2026-12-03 14:57:39.449268+00
1075	1	1075	2026-12-03 14:57:39.449268+00
1076	1	1076	2026-12-03 14:57:39.449268+00
1077	1	1077	2026-12-03 14:57:39.449268+00
1078	1	1078	2026-12-03 14:57:39.449268+00
1079	1	1079	2026-12-03 14:57:39.449268+00
1080	1	1080	2026-12-03 14:57:39.449268+00
1081	1	1081	2026-12-03 14:57:39.449268+00
1082	1	1082	2026-12-03 14:57:39.449268+00
1083	1	1083	2026-12-03 14:57:39.449268+00
1084	1	1084	2026-12-03 14:57:39.449268+00
1085	1	1085	2026-12-03 14:57:39.449268+00
1086	1	1086	2026-12-03 14:57:39.449268+00
1087	1	1087	2026-12-03 14:57:39.449268+00
1088	1	1088	2026-12-03 14:57:39.449268+00
1089	1	1089	2026-12-03 14:57:39.449268+00
1090	1	1090	2026-12-03 14:57:39.449268+00
1091	1	1091	2026-12-03 14:57:39.449268+00
1092	1	1092	2026-12-03 14:57:39.449268+00
1093	1	1093	2026-12-03 14:57:39.449268+00
1094	1	1094	2026-12-03 14:57:39.449268+00
1095	1	1095	2026-12-03 14:57:39.449268+00
1096	1	1096	2026-12-03 14:57:39.449268+00
1097	1	1097	2026-12-03 14:57:39.449268+00
1098	1	1098	2026-12-03 14:57:39.449268+00
1099	1	1099	2026-12-03 14:57:39.449268+00
1100	1	1100	2026-12-03 14:57:39.449268+00
1101	1	1101	2026-12-03 14:57:39.449268+00
1102	1	1102	2026-12-03 14:57:39.449268+00
1103	1	1103	2026-12-03 14:57:39.449268+00
1104	1	1104	2026-12-03 14:57:39.449268+00
1105	1	1105	2026-12-03 14:57:39.449268+00
1106	1	1106	2026-12-03 14:57:39.449268+00
1107	1	1107	2026-12-03 14:57:39.449268+00
1108	1	1108	2026-12-03 14:57:39.449268+00
1109	1	1109	2026-12-03 14:57:39.449268+00
1110	1	1110	2026-12-03 14:57:39.449268+00
1111	1	1111	2026-12-03 14:57:39.449268+00
1112	1	1112	2026-12-03 14:57:39.449268+00
1113	1	1113	2026-12-03 14:57:39.449268+00
1114	1	1114	2026-12-03 14:57:39.449268+00
1115	1	1115	2026-12-03 14:57:39.449268+00
1116	1	1116	2026-12-03 14:57:39.449268+00
1117	1	1117	2026-12-03 14:57:39.449268+00
1118	1	1118	2026-12-03 14:57:39.449268+00
1119	1	1119	2026-12-03 14:57:39.449268+00
1120	1	1120	2026-12-03 14:57:39.449268+00
1121	1	1121	2026-12-03 14:57:39.449268+00
1122	1	1122	2026-12-03 14:57:39.449268+00
1123	1	1123	2026-12-03 14:57:39.449268+00
1124	1	1124	2026-12-03 14:57:39.449268+00
1125	1	1125	2026-12-03 14:57:39.449268+00
1126	1	1126	2026-12-03 14:57:39.449268+00
1127	1	1127	2026-12-03 14:57:39.449268+00
1128	1	1128	2026-12-03 14:57:39.449268+00
1129	1	1129	2026-12-03 14:57:39.449268+00
1130	1	1130	2026-12-03 14:57:39.449268+00
1131	1	1131	2026-12-03 14:57:39.449268+00
1132	1	1132	2026-12-03 14:57:39.449268+00
1133	1	1133	2026-12-03 14:57:39.449268+00
1134	1	1134	2026-12-03 14:57:39.449268+00
1135	1	1135	2026-12-03 14:57:39.449268+00
1136	1	1136	2026-12-03 14:57:39.449268+00
1137	1	1137	2026-12-03 14:57:39.449268+00
1138	1	1138	2026-12-03 14:57:39.449268+00
1139	1	1139	2026-12-03 14:57:39.449268+00
1140	1	1140	2026-12-03 14:57:39.449268+00
1141	1	1141	2026-12-03 14:57:39.449268+00
1142	1	1142	2026-12-03 14:57:39.449268+00
1143	1	1143	2026-12-03 14:57:39.449268+00
1144	1	1144	2026-12-03 14:57:39.449268+00
1145	1	1145	2026-12-03 14:57:39.449268+00
1146	1	1146	2026-12-03 14:57:39.449268+00
1147	1	1147	2026-12-03 14:57:39.449268+00
1148	1	1148	2026-12-03 14:57:39.449268+00
1149	1	1149	2026-12-03 14:57:39.449268+00
1150	1	1150	2026-12-03 14:57:39.449268+00
1151	1	1151	2026-12-03 14:57:39.449268+00
1152	1	1152	2026-12-03 14:57:39.449268+00
1153	1	1153	2026-12-03 14:57:39.449268+00
1154	1	1154	2026-12-03 14:57:39.449268+00
1155	1	1155	2026-12-03 14:57:39.449268+00
1156	1	1156	2026-12-03 14:57:39.449268+00
1157	1	1157	2026-12-03 14:57:39.449268+00
1158	1	1158	2026-12-03 14:57:39.449268+00
1159	1	1159	2026-12-03 14:57:39.449268+00
1160	1	1160	2026-12-03 14:57:39.449268+00
1161	1	1161	2026-12-03 14:57:39.449268+00
1162	1	1162	2026-12-03 14:57:39.449268+00
1163	1	1163	2026-12-03 14:57:39.449268+00
1164	1	1164	2026-12-03 14:57:39.449268+00
1165	1	1165	2026-12-03 14:57:39.449268+00
1166	1	1166	2026-12-03 14:57:39.449268+00
1167	1	1167	2026-12-03 14:57:39.449268+00
1168	1	1168	2026-12-03 14:57:39.449268+00
1169	1	1169	2026-12-03 14:57:39.449268+00
1170	1	1170	2026-12-03 14:57:39.449268+00
1171	1	1171	2026-12-03 14:57:39.449268+00
1172	1	1172	2026-12-03 14:57:39.449268+00
1173	1	1173	2026-12-03 14:57:39.449268+00
1174	1	1174	2026-12-03 14:57:39.449268+00
1175	1	1175	2026-12-03 14:57:39.449268+00
1176	1	1176	2026-12-03 14:57:39.449268+00
1177	1	1177	2026-12-03 14:57:39.449268+00
1178	1	1178	2026-12-03 14:57:39.449268+00
1179	1	1179	2026-12-03 14:57:39.449268+00
1180	1	1180	2026-12-03 14:57:39.449268+00
1181	1	1181	2026-12-03 14:57:39.449268+00
1182	1	1182	2026-12-03 14:57:39.449268+00
1183	1	1183	2026-12-03 14:57:39.449268+00
1184	1	1184	2026-12-03 14:57:39.449268+00
1185	1	1185	2026-12-03 14:57:39.449268+00
1186	1	1186	2026-12-03 14:57:39.449268+00
1187	1	1187	2026-12-03 14:57:39.449268+00
1188	1	1188	2026-12-03 14:57:39.449268+00
1189	1	1189	2026-12-03 14:57:39.449268+00
1190	1	1190	2026-12-03 14:57:39.449268+00
1191	1	1191	2026-12-03 14:57:39.449268+00
1192	1	1192	2026-12-03 14:57:39.449268+00
1193	1	1193	2026-12-03 14:57:39.449268+00
1194	1	1194	2026-12-03 14:57:39.449268+00
1195	1	1195	2026-12-03 14:57:39.449268+00
1196	1	1196	2026-12-03 14:57:39.449268+00
1197	1	1197	2026-12-03 14:57:39.449268+00
1198	1	1198	2026-12-03 14:57:39.449268+00
1199	1	1199	2026-12-03 14:57:39.449268+00
1200	1	1200	2026-12-03 14:57:39.449268+00
1201	1	1201	2026-12-03 14:57:39.449268+00
1202	1	1202	2026-12-03 14:57:39.449268+00
1203	1	1203	2026-12-03 14:57:39.449268+00
1204	1	1204	2026-12-03 14:57:39.449268+00
1205	1	1205	2026-12-03 14:57:39.449268+00
1206	1	1206	2026-12-03 14:57:39.449268+00
1207	1	1207	2026-12-03 14:57:39.449268+00
1208	1	1208	2026-12-03 14:57:39.449268+00
1209	1	1209	2026-12-03 14:57:39.449268+00
1210	1	1210	2026-12-03 14:57:39.449268+00
1211	1	1211	2026-12-03 14:57:39.449268+00
1212	1	1212	2026-12-03 14:57:39.449268+00
1213	1	1213	2026-12-03 14:57:39.449268+00
1214	1	1214	2026-12-03 14:57:39.449268+00
1215	1	1215	2026-12-03 14:57:39.449268+00
1216	1	1216	2026-12-03 14:57:39.449268+00
1217	1	1217	2026-12-03 14:57:39.449268+00
1218	1	1218	2026-12-03 14:57:39.449268+00
1219	1	1219	2026-12-03 14:57:39.449268+00
1220	1	1220	2026-12-03 14:57:39.449268+00
1221	1	1221	2026-12-03 14:57:39.449268+00
1222	1	1222	2026-12-03 14:57:39.449268+00
1223	1	1223	2026-12-03 14:57:39.449268+00
1224	1	1224	2026-12-03 14:57:39.449268+00
1225	1	1225	2026-12-03 14:57:39.449268+00
1226	1	1226	2026-12-03 14:57:39.449268+00
1227	1	1227	2026-12-03 14:57:39.449268+00
1228	1	1228	2026-12-03 14:57:39.449268+00
1229	1	1229	2026-12-03 14:57:39.449268+00
1230	1	1230	2026-12-03 14:57:39.449268+00
1231	1	1231	2026-12-03 14:57:39.449268+00
1232	1	1232	2026-12-03 14:57:39.449268+00
1233	1	1233	2026-12-03 14:57:39.449268+00
1234	1	1234	2026-12-03 14:57:39.449268+00
1235	1	1235	2026-12-03 14:57:39.449268+00
1236	1	1236	2026-12-03 14:57:39.449268+00
1237	1	1237	2026-12-03 14:57:39.449268+00
1238	1	1238	2026-12-03 14:57:39.449268+00
1239	1	1239	2026-12-03 14:57:39.449268+00
1240	1	1240	2026-12-03 14:57:39.449268+00
1241	1	1241	2026-12-03 14:57:39.449268+00
1242	1	1242	2026-12-03 14:57:39.449268+00
1243	1	1243	2026-12-03 14:57:39.449268+00
1244	1	1244	2026-12-03 14:57:39.449268+00
1245	1	1245	2026-12-03 14:57:39.449268+00
1246	1	1246	2026-12-03 14:57:39.449268+00
1247	1	1247	2026-12-03 14:57:39.449268+00
1248	1	1248	2026-12-03 14:57:39.449268+00
1249	1	1249	2026-12-03 14:57:39.449268+00
1250	1	1250	2026-12-03 14:57:39.449268+00
1251	1	1251	2026-12-03 14:57:39.449268+00
1252	1	1252	2026-12-03 14:57:39.449268+00
1253	1	1253	2026-12-03 14:57:39.449268+00
1254	1	1254	2026-12-03 14:57:39.449268+00
1255	1	1255	2026-12-03 14:57:39.449268+00
1256	1	1256	2026-12-03 14:57:39.449268+00
1257	1	1257	2026-12-03 14:57:39.449268+00
1258	1	1258	2026-12-03 14:57:39.449268+00
1259	1	1259	2026-12-03 14:57:39.449268+00
1260	1	1260	2026-12-03 14:57:39.449268+00
1261	1	1261	2026-12-03 14:57:39.449268+00
1262	1	1262	2026-12-03 14:57:39.449268+00
1263	1	1263	2026-12-03 14:57:39.449268+00
1264	1	1264	2026-12-03 14:57:39.449268+00
1265	1	1265	2026-12-03 14:57:39.449268+00
1266	1	1266	2026-12-03 14:57:39.449268+00
1267	1	1267	2026-12-03 14:57:39.449268+00
1268	1	1268	2026-12-03 14:57:39.449268+00
1269	1	1269	2026-12-03 14:57:39.449268+00
1270	1	1270	2026-12-03 14:57:39.449268+00
1271	1	1271	2026-12-03 14:57:39.449268+00
1272	1	1272	2026-12-03 14:57:39.449268+00
1273	1	1273	2026-12-03 14:57:39.449268+00
1274	1	1274	2026-12-03 14:57:39.449268+00
1275	1	1275	2026-12-03 14:57:39.449268+00
1276	1	1276	2026-12-03 14:57:39.449268+00
1277	1	1277	2026-12-03 14:57:39.449268+00
1278	1	1278	2026-12-03 14:57:39.449268+00
1279	1	1279	2026-12-03 14:57:39.449268+00
1280	1	1280	2026-12-03 14:57:39.449268+00
1281	1	1281	2026-12-03 14:57:39.449268+00
1282	1	1282	2026-12-03 14:57:39.449268+00
1283	1	1283	2026-12-03 14:57:39.449268+00
1284	1	1284	2026-12-03 14:57:39.449268+00
1285	1	1285	2026-12-03 14:57:39.449268+00
1286	1	1286	2026-12-03 14:57:39.449268+00
1287	1	1287	2026-12-03 14:57:39.449268+00
1288	1	1288	2026-12-03 14:57:39.449268+00
1289	1	1289	2026-12-03 14:57:39.449268+00
1290	1	1290	2026-12-03 14:57:39.449268+00
1291	1	1291	2026-12-03 14:57:39.449268+00
1292	1	1292	2026-12-03 14:57:39.449268+00
1293	1	1293	2026-12-03 14:57:39.449268+00
1294	1	1294	2026-12-03 14:57:39.449268+00
1295	1	1295	2026-12-03 14:57:39.449268+00
1296	1	1296	2026-12-03 14:57:39.449268+00
1297	1	1297	2026-12-03 14:57:39.449268+00
1298	1	1298	2026-12-03 14:57:39.449268+00
1299	1	1299	2026-12-03 14:57:39.449268+00
1300	1	1300	2026-12-03 14:57:39.449268+00
1301	1	1301	2026-12-03 14:57:39.449268+00
1302	1	1302	2026-12-03 14:57:39.449268+00
1303	1	1303	2026-12-03 14:57:39.449268+00
1304	1	1304	2026-12-03 14:57:39.449268+00
1305	1	1305	2026-12-03 14:57:39.449268+00
1306	1	1306	2026-12-03 14:57:39.449268+00
1307	1	1307	2026-12-03 14:57:39.449268+00
1308	1	1308	2026-12-03 14:57:39.449268+00
1309	1	1309	2026-12-03 14:57:39.449268+00
1310	1	1310	2026-12-03 14:57:39.449268+00
1311	1	1311	2026-12-03 14:57:39.449268+00
1312	1	1312	2026-12-03 14:57:39.449268+00
1313	1	1313	2026-12-03 14:57:39.449268+00
1314	1	1314	2026-12-03 14:57:39.449268+00
1315	1	1315	2026-12-03 14:57:39.449268+00
1316	1	1316	2026-12-03 14:57:39.449268+00
1317	1	1317	2026-12-03 14:57:39.449268+00
1318	1	1318	2026-12-03 14:57:39.449268+00
1319	1	1319	2026-12-03 14:57:39.449268+00
1320	1	1320	2026-12-03 14:57:39.449268+00
1321	1	1321	2026-12-03 14:57:39.449268+00
1322	1	1322	2026-12-03 14:57:39.449268+00
1323	1	1323	2026-12-03 14:57:39.449268+00
1324	1	1324	2026-12-03 14:57:39.449268+00
1325	1	1325	2026-12-03 14:57:39.449268+00
1326	1	1326	2026-12-03 14:57:39.449268+00
1327	1	1327	2026-12-03 14:57:39.449268+00
1328	1	1328	2026-12-03 14:57:39.449268+00
1329	1	1329	2026-12-03 14:57:39.449268+00
1330	1	1330	2026-12-03 14:57:39.449268+00
1331	1	1331	2026-12-03 14:57:39.449268+00
1332	1	1332	2026-12-03 14:57:39.449268+00
1333	1	1333	2026-12-03 14:57:39.449268+00
1334	1	1334	2026-12-03 14:57:39.449268+00
1335	1	1335	2026-12-03 14:57:39.449268+00
1336	1	1336	2026-12-03 14:57:39.449268+00
1337	1	1337	2026-12-03 14:57:39.449268+00
1338	1	1338	2026-12-03 14:57:39.449268+00
1339	1	1339	2026-12-03 14:57:39.449268+00
1340	1	1340	2026-12-03 14:57:39.449268+00
1341	1	1341	2026-12-03 14:57:39.449268+00
1342	1	1342	2026-12-03 14:57:39.449268+00
1343	1	1343	2026-12-03 14:57:39.449268+00
1344	1	1344	2026-12-03 14:57:39.449268+00
1345	1	1345	2026-12-03 14:57:39.449268+00
1346	1	1346	2026-12-03 14:57:39.449268+00
1347	1	1347	2026-12-03 14:57:39.449268+00
1348	1	1348	2026-12-03 14:57:39.449268+00
1349	1	1349	2026-12-03 14:57:39.449268+00
1350	1	1350	2026-12-03 14:57:39.449268+00
1351	1	1351	2026-12-03 14:57:39.449268+00
1352	1	1352	2026-12-03 14:57:39.449268+00
1353	1	1353	2026-12-03 14:57:39.449268+00
1354	1	1354	2026-12-03 14:57:39.449268+00
1355	1	1355	2026-12-03 14:57:39.449268+00
1356	1	1356	2026-12-03 14:57:39.449268+00
1357	1	1357	2026-12-03 14:57:39.449268+00
1358	1	1358	2026-12-03 14:57:39.449268+00
1359	1	1359	2026-12-03 14:57:39.449268+00
1360	1	1360	2026-12-03 14:57:39.449268+00
1361	1	1361	2026-12-03 14:57:39.449268+00
1362	1	1362	2026-12-03 14:57:39.449268+00
1363	1	1363	2026-12-03 14:57:39.449268+00
1364	1	1364	2026-12-03 14:57:39.449268+00
1365	1	1365	2026-12-03 14:57:39.449268+00
1366	1	1366	2026-12-03 14:57:39.449268+00
1367	1	1367	2026-12-03 14:57:39.449268+00
1368	1	1368	2026-12-03 14:57:39.449268+00
1369	1	1369	2026-12-03 14:57:39.449268+00
1370	1	1370	2026-12-03 14:57:39.449268+00
1371	1	1371	2026-12-03 14:57:39.449268+00
1372	1	1372	2026-12-03 14:57:39.449268+00
1373	1	1373	2026-12-03 14:57:39.449268+00
1374	1	1374	2026-12-03 14:57:39.449268+00
1375	1	1375	2026-12-03 14:57:39.449268+00
1376	1	1376	2026-12-03 14:57:39.449268+00
1377	1	1377	2026-12-03 14:57:39.449268+00
1378	1	1378	2026-12-03 14:57:39.449268+00
1379	1	1379	2026-12-03 14:57:39.449268+00
1380	1	1380	2026-12-03 14:57:39.449268+00
1381	1	1381	2026-12-03 14:57:39.449268+00
1382	1	1382	2026-12-03 14:57:39.449268+00
1383	1	1383	2026-12-03 14:57:39.449268+00
1384	1	1384	2026-12-03 14:57:39.449268+00
1385	1	1385	2026-12-03 14:57:39.449268+00
1386	1	1386	2026-12-03 14:57:39.449268+00
1387	1	1387	2026-12-03 14:57:39.449268+00
1388	1	1388	2026-12-03 14:57:39.449268+00
1389	1	1389	2026-12-03 14:57:39.449268+00
1390	1	1390	2026-12-03 14:57:39.449268+00
1391	1	1391	2026-12-03 14:57:39.449268+00
1392	1	1392	2026-12-03 14:57:39.449268+00
1393	1	1393	2026-12-03 14:57:39.449268+00
1394	1	1394	2026-12-03 14:57:39.449268+00
1395	1	1395	2026-12-03 14:57:39.449268+00
1396	1	1396	2026-12-03 14:57:39.449268+00
1397	1	1397	2026-12-03 14:57:39.449268+00
1398	1	1398	2026-12-03 14:57:39.449268+00
1399	1	1399	2026-12-03 14:57:39.449268+00
1400	1	1400	2026-12-03 14:57:39.449268+00
1401	1	1401	2026-12-03 14:57:39.449268+00
1402	1	1402	2026-12-03 14:57:39.449268+00
1403	1	1403	2026-12-03 14:57:39.449268+00
1404	1	1404	2026-12-03 14:57:39.449268+00
1405	1	1405	2026-12-03 14:57:39.449268+00
1406	1	1406	2026-12-03 14:57:39.449268+00
1407	1	1407	2026-12-03 14:57:39.449268+00
1408	1	1408	2026-12-03 14:57:39.449268+00
1409	1	1409	2026-12-03 14:57:39.449268+00
1410	1	1410	2026-12-03 14:57:39.449268+00
1411	1	1411	2026-12-03 14:57:39.449268+00
1412	1	1412	2026-12-03 14:57:39.449268+00
1413	1	1413	2026-12-03 14:57:39.449268+00
1414	1	1414	2026-12-03 14:57:39.449268+00
1415	1	1415	2026-12-03 14:57:39.449268+00
1416	1	1416	2026-12-03 14:57:39.449268+00
1417	1	1417	2026-12-03 14:57:39.449268+00
1418	1	1418	2026-12-03 14:57:39.449268+00
1419	1	1419	2026-12-03 14:57:39.449268+00
1420	1	1420	2026-12-03 14:57:39.449268+00
1421	1	1421	2026-12-03 14:57:39.449268+00
1422	1	1422	2026-12-03 14:57:39.449268+00
1423	1	1423	2026-12-03 14:57:39.449268+00
1424	1	1424	2026-12-03 14:57:39.449268+00
1425	1	1425	2026-12-03 14:57:39.449268+00
1426	1	1426	2026-12-03 14:57:39.449268+00
1427	1	1427	2026-12-03 14:57:39.449268+00
1428	1	1428	2026-12-03 14:57:39.449268+00
1429	1	1429	2026-12-03 14:57:39.449268+00
1430	1	1430	2026-12-03 14:57:39.449268+00
1431	1	1431	2026-12-03 14:57:39.449268+00
1432	1	1432	2026-12-03 14:57:39.449268+00
1433	1	1433	2026-12-03 14:57:39.449268+00
1434	1	1434	2026-12-03 14:57:39.449268+00
1435	1	1435	2026-12-03 14:57:39.449268+00
1436	1	1436	2026-12-03 14:57:39.449268+00
1437	1	1437	2026-12-03 14:57:39.449268+00
1438	1	1438	2026-12-03 14:57:39.449268+00
1439	1	1439	2026-12-03 14:57:39.449268+00
1440	1	1440	2026-12-03 14:57:39.449268+00
1441	1	1441	2026-12-03 14:57:39.449268+00
1442	1	1442	2026-12-03 14:57:39.449268+00
1443	1	1443	2026-12-03 14:57:39.449268+00
1444	1	1444	2026-12-03 14:57:39.449268+00
1445	1	1445	2026-12-03 14:57:39.449268+00
1446	1	1446	2026-12-03 14:57:39.449268+00
1447	1	1447	2026-12-03 14:57:39.449268+00
1448	1	1448	2026-12-03 14:57:39.449268+00
1449	1	1449	2026-12-03 14:57:39.449268+00
1450	1	1450	2026-12-03 14:57:39.449268+00
1451	1	1451	2026-12-03 14:57:39.449268+00
1452	1	1452	2026-12-03 14:57:39.449268+00
1453	1	1453	2026-12-03 14:57:39.449268+00
1454	1	1454	2026-12-03 14:57:39.449268+00
1455	1	1455	2026-12-03 14:57:39.449268+00
1456	1	1456	2026-12-03 14:57:39.449268+00
1457	1	1457	2026-12-03 14:57:39.449268+00
1458	1	1458	2026-12-03 14:57:39.449268+00
1459	1	1459	2026-12-03 14:57:39.449268+00
1460	1	1460	2026-12-03 14:57:39.449268+00
1461	1	1461	2026-12-03 14:57:39.449268+00
1462	1	1462	2026-12-03 14:57:39.449268+00
1463	1	1463	2026-12-03 14:57:39.449268+00
1464	1	1464	2026-12-03 14:57:39.449268+00
1465	1	1465	2026-12-03 14:57:39.449268+00
1466	1	1466	2026-12-03 14:57:39.449268+00
1467	1	1467	2026-12-03 14:57:39.449268+00
1468	1	1468	2026-12-03 14:57:39.449268+00
1469	1	1469	2026-12-03 14:57:39.449268+00
1470	1	1470	2026-12-03 14:57:39.449268+00
1471	1	1471	2026-12-03 14:57:39.449268+00
1472	1	1472	2026-12-03 14:57:39.449268+00
1473	1	1473	2026-12-03 14:57:39.449268+00
1474	1	1474	2026-12-03 14:57:39.449268+00
1475	1	1475	2026-12-03 14:57:39.449268+00
1476	1	1476	2026-12-03 14:57:39.449268+00
1477	1	1477	2026-12-03 14:57:39.449268+00
1478	1	1478	2026-12-03 14:57:39.449268+00
1479	1	1479	2026-12-03 14:57:39.449268+00
1480	1	1480	2026-12-03 14:57:39.449268+00
1481	1	1481	2026-12-03 14:57:39.449268+00
1482	1	1482	2026-12-03 14:57:39.449268+00
1483	1	1483	2026-12-03 14:57:39.449268+00
1484	1	1484	2026-12-03 14:57:39.449268+00
1485	1	1485	2026-12-03 14:57:39.449268+00
1486	1	1486	2026-12-03 14:57:39.449268+00
1487	1	1487	2026-12-03 14:57:39.449268+00
1488	1	1488	2026-12-03 14:57:39.449268+00
1489	1	1489	2026-12-03 14:57:39.449268+00
1490	1	1490	2026-12-03 14:57:39.449268+00
1491	1	1491	2026-12-03 14:57:39.449268+00
1492	1	1492	2026-12-03 14:57:39.449268+00
1493	1	1493	2026-12-03 14:57:39.449268+00
1494	1	1494	2026-12-03 14:57:39.449268+00
1495	1	1495	2026-12-03 14:57:39.449268+00
1496	1	1496	2026-12-03 14:57:39.449268+00
1497	1	1497	2026-12-03 14:57:39.449268+00
1498	1	1498	2026-12-03 14:57:39.449268+00
1499	1	1499	2026-12-03 14:57:39.449268+00
1500	1	1500	2026-12-03 14:57:39.449268+00
1501	1	1501	2026-12-03 14:57:39.449268+00
1502	1	1502	2026-12-03 14:57:39.449268+00
1503	1	1503	2026-12-03 14:57:39.449268+00
1504	1	1504	2026-12-03 14:57:39.449268+00
1505	1	1505	2026-12-03 14:57:39.449268+00
1506	1	1506	2026-12-03 14:57:39.449268+00
1507	1	1507	2026-12-03 14:57:39.449268+00
1508	1	1508	2026-12-03 14:57:39.449268+00
1509	1	1509	2026-12-03 14:57:39.449268+00
1510	1	1510	2026-12-03 14:57:39.449268+00
1511	1	1511	2026-12-03 14:57:39.449268+00
1512	1	1512	2026-12-03 14:57:39.449268+00
1513	1	1513	2026-12-03 14:57:39.449268+00
1514	1	1514	2026-12-03 14:57:39.449268+00
1515	1	1515	2026-12-03 14:57:39.449268+00
1516	1	1516	2026-12-03 14:57:39.449268+00
1517	1	1517	2026-12-03 14:57:39.449268+00
1518	1	1518	2026-12-03 14:57:39.449268+00
1519	1	1519	2026-12-03 14:57:39.449268+00
1520	1	1520	2026-12-03 14:57:39.449268+00
1521	1	1521	2026-12-03 14:57:39.449268+00
1522	1	1522	2026-12-03 14:57:39.449268+00
1523	1	1523	2026-12-03 14:57:39.449268+00
1524	1	1524	2026-12-03 14:57:39.449268+00
1525	1	1525	2026-12-03 14:57:39.449268+00
1526	1	1526	2026-12-03 14:57:39.449268+00
1527	1	1527	2026-12-03 14:57:39.449268+00
1528	1	1528	2026-12-03 14:57:39.449268+00
1529	1	1529	2026-12-03 14:57:39.449268+00
1530	1	1530	2026-12-03 14:57:39.449268+00
1531	1	1531	2026-12-03 14:57:39.449268+00
1532	1	1532	2026-12-03 14:57:39.449268+00
1533	1	1533	2026-12-03 14:57:39.449268+00
1534	1	1534	2026-12-03 14:57:39.449268+00
1535	1	1535	2026-12-03 14:57:39.449268+00
1536	1	1536	2026-12-03 14:57:39.449268+00
1537	1	1537	2026-12-03 14:57:39.449268+00
1538	1	1538	2026-12-03 14:57:39.449268+00
1539	1	1539	2026-12-03 14:57:39.449268+00
1540	1	1540	2026-12-03 14:57:39.449268+00
1541	1	1541	2026-12-03 14:57:39.449268+00
1542	1	1542	2026-12-03 14:57:39.449268+00
1543	1	1543	2026-12-03 14:57:39.449268+00
1544	1	1544	2026-12-03 14:57:39.449268+00
1545	1	1545	2026-12-03 14:57:39.449268+00
1546	1	1546	2026-12-03 14:57:39.449268+00
1547	1	1547	2026-12-03 14:57:39.449268+00
1548	1	1548	2026-12-03 14:57:39.449268+00
1549	1	1549	2026-12-03 14:57:39.449268+00
1550	1	1550	2026-12-03 14:57:39.449268+00
1551	1	1551	2026-12-03 14:57:39.449268+00
1552	1	1552	2026-12-03 14:57:39.449268+00
1553	1	1553	2026-12-03 14:57:39.449268+00
1554	1	1554	2026-12-03 14:57:39.449268+00
1555	1	1555	2026-12-03 14:57:39.449268+00
1556	1	1556	2026-12-03 14:57:39.449268+00
1557	1	1557	2026-12-03 14:57:39.449268+00
1558	1	1558	2026-12-03 14:57:39.449268+00
1559	1	1559	2026-12-03 14:57:39.449268+00
1560	1	1560	2026-12-03 14:57:39.449268+00
1561	1	1561	2026-12-03 14:57:39.449268+00
1562	1	1562	2026-12-03 14:57:39.449268+00
1563	1	1563	2026-12-03 14:57:39.449268+00
1564	1	1564	2026-12-03 14:57:39.449268+00
1565	1	1565	2026-12-03 14:57:39.449268+00
1566	1	1566	2026-12-03 14:57:39.449268+00
1567	1	1567	2026-12-03 14:57:39.449268+00
1568	1	1568	2026-12-03 14:57:39.449268+00
1569	1	1569	2026-12-03 14:57:39.449268+00
1570	1	1570	2026-12-03 14:57:39.449268+00
1571	1	1571	2026-12-03 14:57:39.449268+00
1572	1	1572	2026-12-03 14:57:39.449268+00
1573	1	1573	2026-12-03 14:57:39.449268+00
1574	1	1574	2026-12-03 14:57:39.449268+00
1575	1	1575	2026-12-03 14:57:39.449268+00
1576	1	1576	2026-12-03 14:57:39.449268+00
1577	1	1577	2026-12-03 14:57:39.449268+00
1578	1	1578	2026-12-03 14:57:39.449268+00
1579	1	1579	2026-12-03 14:57:39.449268+00
1580	1	1580	2026-12-03 14:57:39.449268+00
1581	1	1581	2026-12-03 14:57:39.449268+00
1582	1	1582	2026-12-03 14:57:39.449268+00
1583	1	1583	2026-12-03 14:57:39.449268+00
1584	1	1584	2026-12-03 14:57:39.449268+00
1585	1	1585	2026-12-03 14:57:39.449268+00
1586	1	1586	2026-12-03 14:57:39.449268+00
1587	1	1587	2026-12-03 14:57:39.449268+00
1588	1	1588	2026-12-03 14:57:39.449268+00
1589	1	1589	2026-12-03 14:57:39.449268+00
1590	1	1590	2026-12-03 14:57:39.449268+00
1591	1	1591	2026-12-03 14:57:39.449268+00
1592	1	1592	2026-12-03 14:57:39.449268+00
1593	1	1593	2026-12-03 14:57:39.449268+00
1594	1	1594	2026-12-03 14:57:39.449268+00
1595	1	1595	2026-12-03 14:57:39.449268+00
1596	1	1596	2026-12-03 14:57:39.449268+00
1597	1	1597	2026-12-03 14:57:39.449268+00
1598	1	1598	2026-12-03 14:57:39.449268+00
1599	1	1599	2026-12-03 14:57:39.449268+00
1600	1	1600	2026-12-03 14:57:39.449268+00
1601	1	1601	2026-12-03 14:57:39.449268+00
1602	1	1602	2026-12-03 14:57:39.449268+00
1603	1	1603	2026-12-03 14:57:39.449268+00
1604	1	1604	2026-12-03 14:57:39.449268+00
1605	1	1605	2026-12-03 14:57:39.449268+00
1606	1	1606	2026-12-03 14:57:39.449268+00
1607	1	1607	2026-12-03 14:57:39.449268+00
1608	1	1608	2026-12-03 14:57:39.449268+00
1609	1	1609	2026-12-03 14:57:39.449268+00
1610	1	1610	2026-12-03 14:57:39.449268+00
1611	1	1611	2026-12-03 14:57:39.449268+00
1612	1	1612	2026-12-03 14:57:39.449268+00
1613	1	1613	2026-12-03 14:57:39.449268+00
1614	1	1614	2026-12-03 14:57:39.449268+00
1615	1	1615	2026-12-03 14:57:39.449268+00
1616	1	1616	2026-12-03 14:57:39.449268+00
1617	1	1617	2026-12-03 14:57:39.449268+00
1618	1	1618	2026-12-03 14:57:39.449268+00
1619	1	1619	2026-12-03 14:57:39.449268+00
1620	1	1620	2026-12-03 14:57:39.449268+00
1621	1	1621	2026-12-03 14:57:39.449268+00
1622	1	1622	2026-12-03 14:57:39.449268+00
1623	1	1623	2026-12-03 14:57:39.449268+00
1624	1	1624	2026-12-03 14:57:39.449268+00
1625	1	1625	2026-12-03 14:57:39.449268+00
1626	1	1626	2026-12-03 14:57:39.449268+00
1627	1	1627	2026-12-03 14:57:39.449268+00
1628	1	1628	2026-12-03 14:57:39.449268+00
1629	1	1629	2026-12-03 14:57:39.449268+00
1630	1	1630	2026-12-03 14:57:39.449268+00
1631	1	1631	2026-12-03 14:57:39.449268+00
1632	1	1632	2026-12-03 14:57:39.449268+00
1633	1	1633	2026-12-03 14:57:39.449268+00
1634	1	1634	2026-12-03 14:57:39.449268+00
1635	1	1635	2026-12-03 14:57:39.449268+00
1636	1	1636	2026-12-03 14:57:39.449268+00
1637	1	1637	2026-12-03 14:57:39.449268+00
1638	1	1638	2026-12-03 14:57:39.449268+00
1639	1	1639	2026-12-03 14:57:39.449268+00
1640	1	1640	2026-12-03 14:57:39.449268+00
1641	1	1641	2026-12-03 14:57:39.449268+00
1642	1	1642	2026-12-03 14:57:39.449268+00
1643	1	1643	2026-12-03 14:57:39.449268+00
1644	1	1644	2026-12-03 14:57:39.449268+00
1645	1	1645	2026-12-03 14:57:39.449268+00
1646	1	1646	2026-12-03 14:57:39.449268+00
1647	1	1647	2026-12-03 14:57:39.449268+00
1648	1	1648	2026-12-03 14:57:39.449268+00
1649	1	1649	2026-12-03 14:57:39.449268+00
1650	1	1650	2026-12-03 14:57:39.449268+00
1651	1	1651	2026-12-03 14:57:39.449268+00
1652	1	1652	2026-12-03 14:57:39.449268+00
1653	1	1653	2026-12-03 14:57:39.449268+00
1654	1	1654	2026-12-03 14:57:39.449268+00
1655	1	1655	2026-12-03 14:57:39.449268+00
1656	1	1656	2026-12-03 14:57:39.449268+00
1657	1	1657	2026-12-03 14:57:39.449268+00
1658	1	1658	2026-12-03 14:57:39.449268+00
1659	1	1659	2026-12-03 14:57:39.449268+00
1660	1	1660	2026-12-03 14:57:39.449268+00
1661	1	1661	2026-12-03 14:57:39.449268+00
1662	1	1662	2026-12-03 14:57:39.449268+00
1663	1	1663	2026-12-03 14:57:39.449268+00
1664	1	1664	2026-12-03 14:57:39.449268+00
1665	1	1665	2026-12-03 14:57:39.449268+00
1666	1	1666	2026-12-03 14:57:39.449268+00
1667	1	1667	2026-12-03 14:57:39.449268+00
1668	1	1668	2026-12-03 14:57:39.449268+00
1669	1	1669	2026-12-03 14:57:39.449268+00
1670	1	1670	2026-12-03 14:57:39.449268+00
1671	1	1671	2026-12-03 14:57:39.449268+00
1672	1	1672	2026-12-03 14:57:39.449268+00
1673	1	1673	2026-12-03 14:57:39.449268+00
1674	1	1674	2026-12-03 14:57:39.449268+00
1675	1	1675	2026-12-03 14:57:39.449268+00
1676	1	1676	2026-12-03 14:57:39.449268+00
1677	1	1677	2026-12-03 14:57:39.449268+00
1678	1	1678	2026-12-03 14:57:39.449268+00
1679	1	1679	2026-12-03 14:57:39.449268+00
1680	1	1680	2026-12-03 14:57:39.449268+00
1681	1	1681	2026-12-03 14:57:39.449268+00
1682	1	1682	2026-12-03 14:57:39.449268+00
1683	1	1683	2026-12-03 14:57:39.449268+00
1684	1	1684	2026-12-03 14:57:39.449268+00
1685	1	1685	2026-12-03 14:57:39.449268+00
1686	1	1686	2026-12-03 14:57:39.449268+00
1687	1	1687	2026-12-03 14:57:39.449268+00
1688	1	1688	2026-12-03 14:57:39.449268+00
1689	1	1689	2026-12-03 14:57:39.449268+00
1690	1	1690	2026-12-03 14:57:39.449268+00
1691	1	1691	2026-12-03 14:57:39.449268+00
1692	1	1692	2026-12-03 14:57:39.449268+00
1693	1	1693	2026-12-03 14:57:39.449268+00
1694	1	1694	2026-12-03 14:57:39.449268+00
1695	1	1695	2026-12-03 14:57:39.449268+00
1696	1	1696	2026-12-03 14:57:39.449268+00
1697	1	1697	2026-12-03 14:57:39.449268+00
1698	1	1698	2026-12-03 14:57:39.449268+00
1699	1	1699	2026-12-03 14:57:39.449268+00
1700	1	1700	2026-12-03 14:57:39.449268+00
1701	1	1701	2026-12-03 14:57:39.449268+00
1702	1	1702	2026-12-03 14:57:39.449268+00
1703	1	1703	2026-12-03 14:57:39.449268+00
1704	1	1704	2026-12-03 14:57:39.449268+00
1705	1	1705	2026-12-03 14:57:39.449268+00
1706	1	1706	2026-12-03 14:57:39.449268+00
1707	1	1707	2026-12-03 14:57:39.449268+00
1708	1	1708	2026-12-03 14:57:39.449268+00
1709	1	1709	2026-12-03 14:57:39.449268+00
1710	1	1710	2026-12-03 14:57:39.449268+00
1711	1	1711	2026-12-03 14:57:39.449268+00
1712	1	1712	2026-12-03 14:57:39.449268+00
1713	1	1713	2026-12-03 14:57:39.449268+00
1714	1	1714	2026-12-03 14:57:39.449268+00
1715	1	1715	2026-12-03 14:57:39.449268+00
1716	1	1716	2026-12-03 14:57:39.449268+00
1717	1	1717	2026-12-03 14:57:39.449268+00
1718	1	1718	2026-12-03 14:57:39.449268+00
1719	1	1719	2026-12-03 14:57:39.449268+00
1720	1	1720	2026-12-03 14:57:39.449268+00
1721	1	1721	2026-12-03 14:57:39.449268+00
1722	1	1722	2026-12-03 14:57:39.449268+00
1723	1	1723	2026-12-03 14:57:39.449268+00
1724	1	1724	2026-12-03 14:57:39.449268+00
1725	1	1725	2026-12-03 14:57:39.449268+00
1726	1	1726	2026-12-03 14:57:39.449268+00
1727	1	1727	2026-12-03 14:57:39.449268+00
1728	1	1728	2026-12-03 14:57:39.449268+00
1729	1	1729	2026-12-03 14:57:39.449268+00
1730	1	1730	2026-12-03 14:57:39.449268+00
1731	1	1731	2026-12-03 14:57:39.449268+00
1732	1	1732	2026-12-03 14:57:39.449268+00
1733	1	1733	2026-12-03 14:57:39.449268+00
1734	1	1734	2026-12-03 14:57:39.449268+00
1735	1	1735	2026-12-03 14:57:39.449268+00
1736	1	1736	2026-12-03 14:57:39.449268+00
1737	1	1737	2026-12-03 14:57:39.449268+00
1738	1	1738	2026-12-03 14:57:39.449268+00
1739	1	1739	2026-12-03 14:57:39.449268+00
1740	1	1740	2026-12-03 14:57:39.449268+00
1741	1	1741	2026-12-03 14:57:39.449268+00
1742	1	1742	2026-12-03 14:57:39.449268+00
1743	1	1743	2026-12-03 14:57:39.449268+00
1744	1	1744	2026-12-03 14:57:39.449268+00
1745	1	1745	2026-12-03 14:57:39.449268+00
1746	1	1746	2026-12-03 14:57:39.449268+00
1747	1	1747	2026-12-03 14:57:39.449268+00
1748	1	1748	2026-12-03 14:57:39.449268+00
1749	1	1749	2026-12-03 14:57:39.449268+00
1750	1	1750	2026-12-03 14:57:39.449268+00
1751	1	1751	2026-12-03 14:57:39.449268+00
1752	1	1752	2026-12-03 14:57:39.449268+00
1753	1	1753	2026-12-03 14:57:39.449268+00
1754	1	1754	2026-12-03 14:57:39.449268+00
1755	1	1755	2026-12-03 14:57:39.449268+00
1756	1	1756	2026-12-03 14:57:39.449268+00
1757	1	1757	2026-12-03 14:57:39.449268+00
1758	1	1758	2026-12-03 14:57:39.449268+00
1759	1	1759	2026-12-03 14:57:39.449268+00
1760	1	1760	2026-12-03 14:57:39.449268+00
1761	1	1761	2026-12-03 14:57:39.449268+00
1762	1	1762	2026-12-03 14:57:39.449268+00
1763	1	1763	2026-12-03 14:57:39.449268+00
1764	1	1764	2026-12-03 14:57:39.449268+00
1765	1	1765	2026-12-03 14:57:39.449268+00
1766	1	1766	2026-12-03 14:57:39.449268+00
1767	1	1767	2026-12-03 14:57:39.449268+00
1768	1	1768	2026-12-03 14:57:39.449268+00
1769	1	1769	2026-12-03 14:57:39.449268+00
1770	1	1770	2026-12-03 14:57:39.449268+00
1771	1	1771	2026-12-03 14:57:39.449268+00
1772	1	1772	2026-12-03 14:57:39.449268+00
1773	1	1773	2026-12-03 14:57:39.449268+00
1774	1	1774	2026-12-03 14:57:39.449268+00
1775	1	1775	2026-12-03 14:57:39.449268+00
1776	1	1776	2026-12-03 14:57:39.449268+00
1777	1	1777	2026-12-03 14:57:39.449268+00
1778	1	1778	2026-12-03 14:57:39.449268+00
1779	1	1779	2026-12-03 14:57:39.449268+00
1780	1	1780	2026-12-03 14:57:39.449268+00
1781	1	1781	2026-12-03 14:57:39.449268+00
1782	1	1782	2026-12-03 14:57:39.449268+00
1783	1	1783	2026-12-03 14:57:39.449268+00
1784	1	1784	2026-12-03 14:57:39.449268+00
1785	1	1785	2026-12-03 14:57:39.449268+00
1786	1	1786	2026-12-03 14:57:39.449268+00
1787	1	1787	2026-12-03 14:57:39.449268+00
1788	1	1788	2026-12-03 14:57:39.449268+00
1789	1	1789	2026-12-03 14:57:39.449268+00
1790	1	1790	2026-12-03 14:57:39.449268+00
1791	1	1791	2026-12-03 14:57:39.449268+00
1792	1	1792	2026-12-03 14:57:39.449268+00
1793	1	1793	2026-12-03 14:57:39.449268+00
1794	1	1794	2026-12-03 14:57:39.449268+00
1795	1	1795	2026-12-03 14:57:39.449268+00
1796	1	1796	2026-12-03 14:57:39.449268+00
1797	1	1797	2026-12-03 14:57:39.449268+00
1798	1	1798	2026-12-03 14:57:39.449268+00
1799	1	1799	2026-12-03 14:57:39.449268+00
1800	1	1800	2026-12-03 14:57:39.449268+00
1801	1	1801	2026-12-03 14:57:39.449268+00
1802	1	1802	2026-12-03 14:57:39.449268+00
1803	1	1803	2026-12-03 14:57:39.449268+00
1804	1	1804	2026-12-03 14:57:39.449268+00
1805	1	1805	2026-12-03 14:57:39.449268+00
1806	1	1806	2026-12-03 14:57:39.449268+00
1807	1	1807	2026-12-03 14:57:39.449268+00
1808	1	1808	2026-12-03 14:57:39.449268+00
1809	1	1809	2026-12-03 14:57:39.449268+00
1810	1	1810	2026-12-03 14:57:39.449268+00
1811	1	1811	2026-12-03 14:57:39.449268+00
1812	1	1812	2026-12-03 14:57:39.449268+00
1813	1	1813	2026-12-03 14:57:39.449268+00
1814	1	1814	2026-12-03 14:57:39.449268+00
1815	1	1815	2026-12-03 14:57:39.449268+00
1816	1	1816	2026-12-03 14:57:39.449268+00
1817	1	1817	2026-12-03 14:57:39.449268+00
1818	1	1818	2026-12-03 14:57:39.449268+00
1819	1	1819	2026-12-03 14:57:39.449268+00
1820	1	1820	2026-12-03 14:57:39.449268+00
1821	1	1821	2026-12-03 14:57:39.449268+00
1822	1	1822	2026-12-03 14:57:39.449268+00
1823	1	1823	2026-12-03 14:57:39.449268+00
1824	1	1824	2026-12-03 14:57:39.449268+00
1825	1	1825	2026-12-03 14:57:39.449268+00
1826	1	1826	2026-12-03 14:57:39.449268+00
1827	1	1827	2026-12-03 14:57:39.449268+00
1828	1	1828	2026-12-03 14:57:39.449268+00
1829	1	1829	2026-12-03 14:57:39.449268+00
1830	1	1830	2026-12-03 14:57:39.449268+00
1831	1	1831	2026-12-03 14:57:39.449268+00
1832	1	1832	2026-12-03 14:57:39.449268+00
1833	1	1833	2026-12-03 14:57:39.449268+00
1834	1	1834	2026-12-03 14:57:39.449268+00
1835	1	1835	2026-12-03 14:57:39.449268+00
1836	1	1836	2026-12-03 14:57:39.449268+00
1837	1	1837	2026-12-03 14:57:39.449268+00
1838	1	1838	2026-12-03 14:57:39.449268+00
1839	1	1839	2026-12-03 14:57:39.449268+00
1840	1	1840	2026-12-03 14:57:39.449268+00
1841	1	1841	2026-12-03 14:57:39.449268+00
1842	1	1842	2026-12-03 14:57:39.449268+00
1843	1	1843	2026-12-03 14:57:39.449268+00
1844	1	1844	2026-12-03 14:57:39.449268+00
1845	1	1845	2026-12-03 14:57:39.449268+00
1846	1	1846	2026-12-03 14:57:39.449268+00
1847	1	1847	2026-12-03 14:57:39.449268+00
1848	1	1848	2026-12-03 14:57:39.449268+00
1849	1	1849	2026-12-03 14:57:39.449268+00
1850	1	1850	2026-12-03 14:57:39.449268+00
1851	1	1851	2026-12-03 14:57:39.449268+00
1852	1	1852	2026-12-03 14:57:39.449268+00
1853	1	1853	2026-12-03 14:57:39.449268+00
1854	1	1854	2026-12-03 14:57:39.449268+00
1855	1	1855	2026-12-03 14:57:39.449268+00
1856	1	1856	2026-12-03 14:57:39.449268+00
1857	1	1857	2026-12-03 14:57:39.449268+00
1858	1	1858	2026-12-03 14:57:39.449268+00
1859	1	1859	2026-12-03 14:57:39.449268+00
1860	1	1860	2026-12-03 14:57:39.449268+00
1861	1	1861	2026-12-03 14:57:39.449268+00
1862	1	1862	2026-12-03 14:57:39.449268+00
1863	1	1863	2026-12-03 14:57:39.449268+00
1864	1	1864	2026-12-03 14:57:39.449268+00
1865	1	1865	2026-12-03 14:57:39.449268+00
1866	1	1866	2026-12-03 14:57:39.449268+00
1867	1	1867	2026-12-03 14:57:39.449268+00
1868	1	1868	2026-12-03 14:57:39.449268+00
1869	1	1869	2026-12-03 14:57:39.449268+00
1870	1	1870	2026-12-03 14:57:39.449268+00
1871	1	1871	2026-12-03 14:57:39.449268+00
1872	1	1872	2026-12-03 14:57:39.449268+00
1873	1	1873	2026-12-03 14:57:39.449268+00
1874	1	1874	2026-12-03 14:57:39.449268+00
1875	1	1875	2026-12-03 14:57:39.449268+00
1876	1	1876	2026-12-03 14:57:39.449268+00
1877	1	1877	2026-12-03 14:57:39.449268+00
1878	1	1878	2026-12-03 14:57:39.449268+00
1879	1	1879	2026-12-03 14:57:39.449268+00
1880	1	1880	2026-12-03 14:57:39.449268+00
1881	1	1881	2026-12-03 14:57:39.449268+00
1882	1	1882	2026-12-03 14:57:39.449268+00
1883	1	1883	2026-12-03 14:57:39.449268+00
1884	1	1884	2026-12-03 14:57:39.449268+00
1885	1	1885	2026-12-03 14:57:39.449268+00
1886	1	1886	2026-12-03 14:57:39.449268+00
1887	1	1887	2026-12-03 14:57:39.449268+00
1888	1	1888	2026-12-03 14:57:39.449268+00
1889	1	1889	2026-12-03 14:57:39.449268+00
1890	1	1890	2026-12-03 14:57:39.449268+00
1891	1	1891	2026-12-03 14:57:39.449268+00
1892	1	1892	2026-12-03 14:57:39.449268+00
1893	1	1893	2026-12-03 14:57:39.449268+00
1894	1	1894	2026-12-03 14:57:39.449268+00
1895	1	1895	2026-12-03 14:57:39.449268+00
1896	1	1896	2026-12-03 14:57:39.449268+00
1897	1	1897	2026-12-03 14:57:39.449268+00
1898	1	1898	2026-12-03 14:57:39.449268+00
1899	1	1899	2026-12-03 14:57:39.449268+00
1900	1	1900	2026-12-03 14:57:39.449268+00
1901	1	1901	2026-12-03 14:57:39.449268+00
1902	1	1902	2026-12-03 14:57:39.449268+00
1903	1	1903	2026-12-03 14:57:39.449268+00
1904	1	1904	2026-12-03 14:57:39.449268+00
1905	1	1905	2026-12-03 14:57:39.449268+00
1906	1	1906	2026-12-03 14:57:39.449268+00
1907	1	1907	2026-12-03 14:57:39.449268+00
1908	1	1908	2026-12-03 14:57:39.449268+00
1909	1	1909	2026-12-03 14:57:39.449268+00
1910	1	1910	2026-12-03 14:57:39.449268+00
1911	1	1911	2026-12-03 14:57:39.449268+00
1912	1	1912	2026-12-03 14:57:39.449268+00
1913	1	1913	2026-12-03 14:57:39.449268+00
1914	1	1914	2026-12-03 14:57:39.449268+00
1915	1	1915	2026-12-03 14:57:39.449268+00
1916	1	1916	2026-12-03 14:57:39.449268+00
1917	1	1917	2026-12-03 14:57:39.449268+00
1918	1	1918	2026-12-03 14:57:39.449268+00
1919	1	1919	2026-12-03 14:57:39.449268+00
1920	1	1920	2026-12-03 14:57:39.449268+00
1921	1	1921	2026-12-03 14:57:39.449268+00
1922	1	1922	2026-12-03 14:57:39.449268+00
1923	1	1923	2026-12-03 14:57:39.449268+00
1924	1	1924	2026-12-03 14:57:39.449268+00
1925	1	1925	2026-12-03 14:57:39.449268+00
1926	1	1926	2026-12-03 14:57:39.449268+00
1927	1	1927	2026-12-03 14:57:39.449268+00
1928	1	1928	2026-12-03 14:57:39.449268+00
1929	1	1929	2026-12-03 14:57:39.449268+00
1930	1	1930	2026-12-03 14:57:39.449268+00
1931	1	1931	2026-12-03 14:57:39.449268+00
1932	1	1932	2026-12-03 14:57:39.449268+00
1933	1	1933	2026-12-03 14:57:39.449268+00
1934	1	1934	2026-12-03 14:57:39.449268+00
1935	1	1935	2026-12-03 14:57:39.449268+00
1936	1	1936	2026-12-03 14:57:39.449268+00
1937	1	1937	2026-12-03 14:57:39.449268+00
1938	1	1938	2026-12-03 14:57:39.449268+00
1939	1	1939	2026-12-03 14:57:39.449268+00
1940	1	1940	2026-12-03 14:57:39.449268+00
1941	1	1941	2026-12-03 14:57:39.449268+00
1942	1	1942	2026-12-03 14:57:39.449268+00
1943	1	1943	2026-12-03 14:57:39.449268+00
1944	1	1944	2026-12-03 14:57:39.449268+00
1945	1	1945	2026-12-03 14:57:39.449268+00
1946	1	1946	2026-12-03 14:57:39.449268+00
1947	1	1947	2026-12-03 14:57:39.449268+00
1948	1	1948	2026-12-03 14:57:39.449268+00
1949	1	1949	2026-12-03 14:57:39.449268+00
1950	1	1950	2026-12-03 14:57:39.449268+00
1951	1	1951	2026-12-03 14:57:39.449268+00
1952	1	1952	2026-12-03 14:57:39.449268+00
1953	1	1953	2026-12-03 14:57:39.449268+00
1954	1	1954	2026-12-03 14:57:39.449268+00
1955	1	1955	2026-12-03 14:57:39.449268+00
1956	1	1956	2026-12-03 14:57:39.449268+00
1957	1	1957	2026-12-03 14:57:39.449268+00
1958	1	1958	2026-12-03 14:57:39.449268+00
1959	1	1959	2026-12-03 14:57:39.449268+00
1960	1	1960	2026-12-03 14:57:39.449268+00
1961	1	1961	2026-12-03 14:57:39.449268+00
1962	1	1962	2026-12-03 14:57:39.449268+00
1963	1	1963	2026-12-03 14:57:39.449268+00
1964	1	1964	2026-12-03 14:57:39.449268+00
1965	1	1965	2026-12-03 14:57:39.449268+00
1966	1	1966	2026-12-03 14:57:39.449268+00
1967	1	1967	2026-12-03 14:57:39.449268+00
1968	1	1968	2026-12-03 14:57:39.449268+00
1969	1	1969	2026-12-03 14:57:39.449268+00
1970	1	1970	2026-12-03 14:57:39.449268+00
1971	1	1971	2026-12-03 14:57:39.449268+00
1972	1	1972	2026-12-03 14:57:39.449268+00
1973	1	1973	2026-12-03 14:57:39.449268+00
1974	1	1974	2026-12-03 14:57:39.449268+00
1975	1	1975	2026-12-03 14:57:39.449268+00
1976	1	1976	2026-12-03 14:57:39.449268+00
1977	1	1977	2026-12-03 14:57:39.449268+00
1978	1	1978	2026-12-03 14:57:39.449268+00
1979	1	1979	2026-12-03 14:57:39.449268+00
1980	1	1980	2026-12-03 14:57:39.449268+00
1981	1	1981	2026-12-03 14:57:39.449268+00
1982	1	1982	2026-12-03 14:57:39.449268+00
1983	1	1983	2026-12-03 14:57:39.449268+00
1984	1	1984	2026-12-03 14:57:39.449268+00
1985	1	1985	2026-12-03 14:57:39.449268+00
1986	1	1986	2026-12-03 14:57:39.449268+00
1987	1	1987	2026-12-03 14:57:39.449268+00
1988	1	1988	2026-12-03 14:57:39.449268+00
1989	1	1989	2026-12-03 14:57:39.449268+00
1990	1	1990	2026-12-03 14:57:39.449268+00
1991	1	1991	2026-12-03 14:57:39.449268+00
1992	1	1992	2026-12-03 14:57:39.449268+00
1993	1	1993	2026-12-03 14:57:39.449268+00
1994	1	1994	2026-12-03 14:57:39.449268+00
1995	1	1995	2026-12-03 14:57:39.449268+00
1996	1	1996	2026-12-03 14:57:39.449268+00
1997	1	1997	2026-12-03 14:57:39.449268+00
1998	1	1998	2026-12-03 14:57:39.449268+00
1999	1	1999	2026-12-03 14:57:39.449268+00
2000	1	2000	2026-12-03 14:57:39.449268+00
2001	1	2001	2026-12-03 14:57:39.449268+00
2002	1	2002	2026-12-03 14:57:39.449268+00
2003	1	2003	2026-12-03 14:57:39.449268+00
2004	1	2004	2026-12-03 14:57:39.449268+00
2005	1	2005	2026-12-03 14:57:39.449268+00
2006	1	2006	2026-12-03 14:57:39.449268+00
2007	1	2007	2026-12-03 14:57:39.449268+00
2008	1	2008	2026-12-03 14:57:39.449268+00
2009	1	2009	2026-12-03 14:57:39.449268+00
2010	1	2010	2026-12-03 14:57:39.449268+00
2011	1	2011	2026-12-03 14:57:39.449268+00
2012	1	2012	2026-12-03 14:57:39.449268+00
2013	1	2013	2026-12-03 14:57:39.449268+00
2014	1	2014	2026-12-03 14:57:39.449268+00
2015	1	2015	2026-12-03 14:57:39.449268+00
2016	1	2016	2026-12-03 14:57:39.449268+00
2017	1	2017	2026-12-03 14:57:39.449268+00
2018	1	2018	2026-12-03 14:57:39.449268+00
2019	1	2019	2026-12-03 14:57:39.449268+00
2020	1	2020	2026-12-03 14:57:39.449268+00
2021	1	2021	2026-12-03 14:57:39.449268+00
2022	1	2022	2026-12-03 14:57:39.449268+00
2023	1	2023	2026-12-03 14:57:39.449268+00
2024	1	2024	2026-12-03 14:57:39.449268+00
2025	1	2025	2026-12-03 14:57:39.449268+00
2026	1	2026	2026-12-03 14:57:39.449268+00
2027	1	2027	2026-12-03 14:57:39.449268+00
2028	1	2028	2026-12-03 14:57:39.449268+00
2029	1	2029	2026-12-03 14:57:39.449268+00
2030	1	2030	2026-12-03 14:57:39.449268+00
2031	1	2031	2026-12-03 14:57:39.449268+00
2032	1	2032	2026-12-03 14:57:39.449268+00
2033	1	2033	2026-12-03 14:57:39.449268+00
2034	1	2034	2026-12-03 14:57:39.449268+00
2035	1	2035	2026-12-03 14:57:39.449268+00
2036	1	2036	2026-12-03 14:57:39.449268+00
2037	1	2037	2026-12-03 14:57:39.449268+00
2038	1	2038	2026-12-03 14:57:39.449268+00
2039	1	2039	2026-12-03 14:57:39.449268+00
2040	1	2040	2026-12-03 14:57:39.449268+00
2041	1	2041	2026-12-03 14:57:39.449268+00
2042	1	2042	2026-12-03 14:57:39.449268+00
2043	1	2043	2026-12-03 14:57:39.449268+00
2044	1	2044	2026-12-03 14:57:39.449268+00
2045	1	2045	2026-12-03 14:57:39.449268+00
2046	1	2046	2026-12-03 14:57:39.449268+00
2047	1	2047	2026-12-03 14:57:39.449268+00
2048	1	2048	2026-12-03 14:57:39.449268+00
2049	1	2049	2026-12-03 14:57:39.449268+00
2050	1	2050	2026-12-03 14:57:39.449268+00
2051	1	2051	2026-12-03 14:57:39.449268+00
2052	1	2052	2026-12-03 14:57:39.449268+00
2053	1	2053	2026-12-03 14:57:39.449268+00
2054	1	2054	2026-12-03 14:57:39.449268+00
2055	1	2055	2026-12-03 14:57:39.449268+00
2056	1	2056	2026-12-03 14:57:39.449268+00
2057	1	2057	2026-12-03 14:57:39.449268+00
2058	1	2058	2026-12-03 14:57:39.449268+00
2059	1	2059	2026-12-03 14:57:39.449268+00
2060	1	2060	2026-12-03 14:57:39.449268+00
2061	1	2061	2026-12-03 14:57:39.449268+00
2062	1	2062	2026-12-03 14:57:39.449268+00
2063	1	2063	2026-12-03 14:57:39.449268+00
2064	1	2064	2026-12-03 14:57:39.449268+00
2065	1	2065	2026-12-03 14:57:39.449268+00
2066	1	2066	2026-12-03 14:57:39.449268+00
2067	1	2067	2026-12-03 14:57:39.449268+00
2068	1	2068	2026-12-03 14:57:39.449268+00
2069	1	2069	2026-12-03 14:57:39.449268+00
2070	1	2070	2026-12-03 14:57:39.449268+00
2071	1	2071	2026-12-03 14:57:39.449268+00
2072	1	2072	2026-12-03 14:57:39.449268+00
2073	1	2073	2026-12-03 14:57:39.449268+00
2074	1	2074	2026-12-03 14:57:39.449268+00
2075	1	2075	2026-12-03 14:57:39.449268+00
2076	1	2076	2026-12-03 14:57:39.449268+00
2077	1	2077	2026-12-03 14:57:39.449268+00
2078	1	2078	2026-12-03 14:57:39.449268+00
2079	1	2079	2026-12-03 14:57:39.449268+00
2080	1	2080	2026-12-03 14:57:39.449268+00
2081	1	2081	2026-12-03 14:57:39.449268+00
2082	1	2082	2026-12-03 14:57:39.449268+00
2083	1	2083	2026-12-03 14:57:39.449268+00
2084	1	2084	2026-12-03 14:57:39.449268+00
2085	1	2085	2026-12-03 14:57:39.449268+00
2086	1	2086	2026-12-03 14:57:39.449268+00
2087	1	2087	2026-12-03 14:57:39.449268+00
2088	1	2088	2026-12-03 14:57:39.449268+00
2089	1	2089	2026-12-03 14:57:39.449268+00
2090	1	2090	2026-12-03 14:57:39.449268+00
2091	1	2091	2026-12-03 14:57:39.449268+00
2092	1	2092	2026-12-03 14:57:39.449268+00
2093	1	2093	2026-12-03 14:57:39.449268+00
2094	1	2094	2026-12-03 14:57:39.449268+00
2095	1	2095	2026-12-03 14:57:39.449268+00
2096	1	2096	2026-12-03 14:57:39.449268+00
2097	1	2097	2026-12-03 14:57:39.449268+00
2098	1	2098	2026-12-03 14:57:39.449268+00
2099	1	2099	2026-12-03 14:57:39.449268+00
2100	1	2100	2026-12-03 14:57:39.449268+00
2101	1	2101	2026-12-03 14:57:39.449268+00
2102	1	2102	2026-12-03 14:57:39.449268+00
2103	1	2103	2026-12-03 14:57:39.449268+00
2104	1	2104	2026-12-03 14:57:39.449268+00
2105	1	2105	2026-12-03 14:57:39.449268+00
2106	1	2106	2026-12-03 14:57:39.449268+00
2107	1	2107	2026-12-03 14:57:39.449268+00
2108	1	2108	2026-12-03 14:57:39.449268+00
2109	1	2109	2026-12-03 14:57:39.449268+00
2110	1	2110	2026-12-03 14:57:39.449268+00
2111	1	2111	2026-12-03 14:57:39.449268+00
2112	1	2112	2026-12-03 14:57:39.449268+00
2113	1	2113	2026-12-03 14:57:39.449268+00
2114	1	2114	2026-12-03 14:57:39.449268+00
2115	1	2115	2026-12-03 14:57:39.449268+00
2116	1	2116	2026-12-03 14:57:39.449268+00
2117	1	2117	2026-12-03 14:57:39.449268+00
2118	1	2118	2026-12-03 14:57:39.449268+00
2119	1	2119	2026-12-03 14:57:39.449268+00
2120	1	2120	2026-12-03 14:57:39.449268+00
2121	1	2121	2026-12-03 14:57:39.449268+00
2122	1	2122	2026-12-03 14:57:39.449268+00
2123	1	2123	2026-12-03 14:57:39.449268+00
2124	1	2124	2026-12-03 14:57:39.449268+00
2125	1	2125	2026-12-03 14:57:39.449268+00
2126	1	2126	2026-12-03 14:57:39.449268+00
2127	1	2127	2026-12-03 14:57:39.449268+00
2128	1	2128	2026-12-03 14:57:39.449268+00
2129	1	2129	2026-12-03 14:57:39.449268+00
2130	1	2130	2026-12-03 14:57:39.449268+00
2131	1	2131	2026-12-03 14:57:39.449268+00
2132	1	2132	2026-12-03 14:57:39.449268+00
2133	1	2133	2026-12-03 14:57:39.449268+00
2134	1	2134	2026-12-03 14:57:39.449268+00
2135	1	2135	2026-12-03 14:57:39.449268+00
2136	1	2136	2026-12-03 14:57:39.449268+00
2137	1	2137	2026-12-03 14:57:39.449268+00
2138	1	2138	2026-12-03 14:57:39.449268+00
2139	1	2139	2026-12-03 14:57:39.449268+00
2140	1	2140	2026-12-03 14:57:39.449268+00
2141	1	2141	2026-12-03 14:57:39.449268+00
2142	1	2142	2026-12-03 14:57:39.449268+00
2143	1	2143	2026-12-03 14:57:39.449268+00
2144	1	2144	2026-12-03 14:57:39.449268+00
2145	1	2145	2026-12-03 14:57:39.449268+00
2146	1	2146	2026-12-03 14:57:39.449268+00
2147	1	2147	2026-12-03 14:57:39.449268+00
2148	1	2148	2026-12-03 14:57:39.449268+00
2149	1	2149	2026-12-03 14:57:39.449268+00
2150	1	2150	2026-12-03 14:57:39.449268+00
2151	1	2151	2026-12-03 14:57:39.449268+00
2152	1	2152	2026-12-03 14:57:39.449268+00
2153	1	2153	2026-12-03 14:57:39.449268+00
2154	1	2154	2026-12-03 14:57:39.449268+00
2155	1	2155	2026-12-03 14:57:39.449268+00
2156	1	2156	2026-12-03 14:57:39.449268+00
2157	1	2157	2026-12-03 14:57:39.449268+00
2158	1	2158	2026-12-03 14:57:39.449268+00
2159	1	2159	2026-12-03 14:57:39.449268+00
2160	1	2160	2026-12-03 14:57:39.449268+00
2161	1	2161	2026-12-03 14:57:39.449268+00
2162	1	2162	2026-12-03 14:57:39.449268+00
2163	1	2163	2026-12-03 14:57:39.449268+00
2164	1	2164	2026-12-03 14:57:39.449268+00
2165	1	2165	2026-12-03 14:57:39.449268+00
2166	1	2166	2026-12-03 14:57:39.449268+00
2167	1	2167	2026-12-03 14:57:39.449268+00
2168	1	2168	2026-12-03 14:57:39.449268+00
2169	1	2169	2026-12-03 14:57:39.449268+00
2170	1	2170	2026-12-03 14:57:39.449268+00
2171	1	2171	2026-12-03 14:57:39.449268+00
2172	1	2172	2026-12-03 14:57:39.449268+00
2173	1	2173	2026-12-03 14:57:39.449268+00
2174	1	2174	2026-12-03 14:57:39.449268+00
2175	1	2175	2026-12-03 14:57:39.449268+00
2176	1	2176	2026-12-03 14:57:39.449268+00
2177	1	2177	2026-12-03 14:57:39.449268+00
2178	1	2178	2026-12-03 14:57:39.449268+00
2179	1	2179	2026-12-03 14:57:39.449268+00
2180	1	2180	2026-12-03 14:57:39.449268+00
2181	1	2181	2026-12-03 14:57:39.449268+00
2182	1	2182	2026-12-03 14:57:39.449268+00
2183	1	2183	2026-12-03 14:57:39.449268+00
2184	1	2184	2026-12-03 14:57:39.449268+00
2185	1	2185	2026-12-03 14:57:39.449268+00
2186	1	2186	2026-12-03 14:57:39.449268+00
2187	1	2187	2026-12-03 14:57:39.449268+00
2188	1	2188	2026-12-03 14:57:39.449268+00
2189	1	2189	2026-12-03 14:57:39.449268+00
2190	1	2190	2026-12-03 14:57:39.449268+00
2191	1	2191	2026-12-03 14:57:39.449268+00
2192	1	2192	2026-12-03 14:57:39.449268+00
2193	1	2193	2026-12-03 14:57:39.449268+00
2194	1	2194	2026-12-03 14:57:39.449268+00
2195	1	2195	2026-12-03 14:57:39.449268+00
2196	1	2196	2026-12-03 14:57:39.449268+00
2197	1	2197	2026-12-03 14:57:39.449268+00
2198	1	2198	2026-12-03 14:57:39.449268+00
2199	1	2199	2026-12-03 14:57:39.449268+00
2200	1	2200	2026-12-03 14:57:39.449268+00
2201	1	2201	2026-12-03 14:57:39.449268+00
2202	1	2202	2026-12-03 14:57:39.449268+00
2203	1	2203	2026-12-03 14:57:39.449268+00
2204	1	2204	2026-12-03 14:57:39.449268+00
2205	1	2205	2026-12-03 14:57:39.449268+00
2206	1	2206	2026-12-03 14:57:39.449268+00
2207	1	2207	2026-12-03 14:57:39.449268+00
2208	1	2208	2026-12-03 14:57:39.449268+00
2209	1	2209	2026-12-03 14:57:39.449268+00
2210	1	2210	2026-12-03 14:57:39.449268+00
2211	1	2211	2026-12-03 14:57:39.449268+00
2212	1	2212	2026-12-03 14:57:39.449268+00
2213	1	2213	2026-12-03 14:57:39.449268+00
2214	1	2214	2026-12-03 14:57:39.449268+00
2215	1	2215	2026-12-03 14:57:39.449268+00
2216	1	2216	2026-12-03 14:57:39.449268+00
2217	1	2217	2026-12-03 14:57:39.449268+00
2218	1	2218	2026-12-03 14:57:39.449268+00
2219	1	2219	2026-12-03 14:57:39.449268+00
2220	1	2220	2026-12-03 14:57:39.449268+00
2221	1	2221	2026-12-03 14:57:39.449268+00
2222	1	2222	2026-12-03 14:57:39.449268+00
2223	1	2223	2026-12-03 14:57:39.449268+00
2224	1	2224	2026-12-03 14:57:39.449268+00
2225	1	2225	2026-12-03 14:57:39.449268+00
2226	1	2226	2026-12-03 14:57:39.449268+00
2227	1	2227	2026-12-03 14:57:39.449268+00
2228	1	2228	2026-12-03 14:57:39.449268+00
2229	1	2229	2026-12-03 14:57:39.449268+00
2230	1	2230	2026-12-03 14:57:39.449268+00
2231	1	2231	2026-12-03 14:57:39.449268+00
2232	1	2232	2026-12-03 14:57:39.449268+00
2233	1	2233	2026-12-03 14:57:39.449268+00
2234	1	2234	2026-12-03 14:57:39.449268+00
2235	1	2235	2026-12-03 14:57:39.449268+00
2236	1	2236	2026-12-03 14:57:39.449268+00
2237	1	2237	2026-12-03 14:57:39.449268+00
2238	1	2238	2026-12-03 14:57:39.449268+00
2239	1	2239	2026-12-03 14:57:39.449268+00
2240	1	2240	2026-12-03 14:57:39.449268+00
2241	1	2241	2026-12-03 14:57:39.449268+00
2242	1	2242	2026-12-03 14:57:39.449268+00
2243	1	2243	2026-12-03 14:57:39.449268+00
2244	1	2244	2026-12-03 14:57:39.449268+00
2245	1	2245	2026-12-03 14:57:39.449268+00
2246	1	2246	2026-12-03 14:57:39.449268+00
2247	1	2247	2026-12-03 14:57:39.449268+00
2248	1	2248	2026-12-03 14:57:39.449268+00
2249	1	2249	2026-12-03 14:57:39.449268+00
2250	1	2250	2026-12-03 14:57:39.449268+00
2251	1	2251	2026-12-03 14:57:39.449268+00
2252	1	2252	2026-12-03 14:57:39.449268+00
2253	1	2253	2026-12-03 14:57:39.449268+00
2254	1	2254	2026-12-03 14:57:39.449268+00
2255	1	2255	2026-12-03 14:57:39.449268+00
2256	1	2256	2026-12-03 14:57:39.449268+00
2257	1	2257	2026-12-03 14:57:39.449268+00
2258	1	2258	2026-12-03 14:57:39.449268+00
2259	1	2259	2026-12-03 14:57:39.449268+00
2260	1	2260	2026-12-03 14:57:39.449268+00
2261	1	2261	2026-12-03 14:57:39.449268+00
2262	1	2262	2026-12-03 14:57:39.449268+00
2263	1	2263	2026-12-03 14:57:39.449268+00
2264	1	2264	2026-12-03 14:57:39.449268+00
2265	1	2265	2026-12-03 14:57:39.449268+00
2266	1	2266	2026-12-03 14:57:39.449268+00
2267	1	2267	2026-12-03 14:57:39.449268+00
2268	1	2268	2026-12-03 14:57:39.449268+00
2269	1	2269	2026-12-03 14:57:39.449268+00
2270	1	2270	2026-12-03 14:57:39.449268+00
2271	1	2271	2026-12-03 14:57:39.449268+00
2272	1	2272	2026-12-03 14:57:39.449268+00
2273	1	2273	2026-12-03 14:57:39.449268+00
2274	1	2274	2026-12-03 14:57:39.449268+00
2275	1	2275	2026-12-03 14:57:39.449268+00
2276	1	2276	2026-12-03 14:57:39.449268+00
2277	1	2277	2026-12-03 14:57:39.449268+00
2278	1	2278	2026-12-03 14:57:39.449268+00
2279	1	2279	2026-12-03 14:57:39.449268+00
2280	1	2280	2026-12-03 14:57:39.449268+00
2281	1	2281	2026-12-03 14:57:39.449268+00
2282	1	2282	2026-12-03 14:57:39.449268+00
2283	1	2283	2026-12-03 14:57:39.449268+00
2284	1	2284	2026-12-03 14:57:39.449268+00
2285	1	2285	2026-12-03 14:57:39.449268+00
2286	1	2286	2026-12-03 14:57:39.449268+00
2287	1	2287	2026-12-03 14:57:39.449268+00
2288	1	2288	2026-12-03 14:57:39.449268+00
2289	1	2289	2026-12-03 14:57:39.449268+00
2290	1	2290	2026-12-03 14:57:39.449268+00
2291	1	2291	2026-12-03 14:57:39.449268+00
2292	1	2292	2026-12-03 14:57:39.449268+00
2293	1	2293	2026-12-03 14:57:39.449268+00
2294	1	2294	2026-12-03 14:57:39.449268+00
2295	1	2295	2026-12-03 14:57:39.449268+00
2296	1	2296	2026-12-03 14:57:39.449268+00
2297	1	2297	2026-12-03 14:57:39.449268+00
2298	1	2298	2026-12-03 14:57:39.449268+00
2299	1	2299	2026-12-03 14:57:39.449268+00
2300	1	2300	2026-12-03 14:57:39.449268+00
2301	1	2301	2026-12-03 14:57:39.449268+00
2302	1	2302	2026-12-03 14:57:39.449268+00
2303	1	2303	2026-12-03 14:57:39.449268+00
2304	1	2304	2026-12-03 14:57:39.449268+00
2305	1	2305	2026-12-03 14:57:39.449268+00
2306	1	2306	2026-12-03 14:57:39.449268+00
2307	1	2307	2026-12-03 14:57:39.449268+00
2308	1	2308	2026-12-03 14:57:39.449268+00
2309	1	2309	2026-12-03 14:57:39.449268+00
2310	1	2310	2026-12-03 14:57:39.449268+00
2311	1	2311	2026-12-03 14:57:39.449268+00
2312	1	2312	2026-12-03 14:57:39.449268+00
2313	1	2313	2026-12-03 14:57:39.449268+00
2314	1	2314	2026-12-03 14:57:39.449268+00
2315	1	2315	2026-12-03 14:57:39.449268+00
2316	1	2316	2026-12-03 14:57:39.449268+00
2317	1	2317	2026-12-03 14:57:39.449268+00
2318	1	2318	2026-12-03 14:57:39.449268+00
2319	1	2319	2026-12-03 14:57:39.449268+00
2320	1	2320	2026-12-03 14:57:39.449268+00
2321	1	2321	2026-12-03 14:57:39.449268+00
2322	1	2322	2026-12-03 14:57:39.449268+00
2323	1	2323	2026-12-03 14:57:39.449268+00
2324	1	2324	2026-12-03 14:57:39.449268+00
2325	1	2325	2026-12-03 14:57:39.449268+00
2326	1	2326	2026-12-03 14:57:39.449268+00
2327	1	2327	2026-12-03 14:57:39.449268+00
2328	1	2328	2026-12-03 14:57:39.449268+00
2329	1	2329	2026-12-03 14:57:39.449268+00
2330	1	2330	2026-12-03 14:57:39.449268+00
2331	1	2331	2026-12-03 14:57:39.449268+00
2332	1	2332	2026-12-03 14:57:39.449268+00
2333	1	2333	2026-12-03 14:57:39.449268+00
2334	1	2334	2026-12-03 14:57:39.449268+00
2335	1	2335	2026-12-03 14:57:39.449268+00
2336	1	2336	2026-12-03 14:57:39.449268+00
2337	1	2337	2026-12-03 14:57:39.449268+00
2338	1	2338	2026-12-03 14:57:39.449268+00
2339	1	2339	2026-12-03 14:57:39.449268+00
2340	1	2340	2026-12-03 14:57:39.449268+00
2341	1	2341	2026-12-03 14:57:39.449268+00
2342	1	2342	2026-12-03 14:57:39.449268+00
2343	1	2343	2026-12-03 14:57:39.449268+00
2344	1	2344	2026-12-03 14:57:39.449268+00
2345	1	2345	2026-12-03 14:57:39.449268+00
2346	1	2346	2026-12-03 14:57:39.449268+00
2347	1	2347	2026-12-03 14:57:39.449268+00
2348	1	2348	2026-12-03 14:57:39.449268+00
2349	1	2349	2026-12-03 14:57:39.449268+00
2350	1	2350	2026-12-03 14:57:39.449268+00
2351	1	2351	2026-12-03 14:57:39.449268+00
2352	1	2352	2026-12-03 14:57:39.449268+00
2353	1	2353	2026-12-03 14:57:39.449268+00
2354	1	2354	2026-12-03 14:57:39.449268+00
2355	1	2355	2026-12-03 14:57:39.449268+00
2356	1	2356	2026-12-03 14:57:39.449268+00
2357	1	2357	2026-12-03 14:57:39.449268+00
2358	1	2358	2026-12-03 14:57:39.449268+00
2359	1	2359	2026-12-03 14:57:39.449268+00
2360	1	2360	2026-12-03 14:57:39.449268+00
2361	1	2361	2026-12-03 14:57:39.449268+00
2362	1	2362	2026-12-03 14:57:39.449268+00
2363	1	2363	2026-12-03 14:57:39.449268+00
2364	1	2364	2026-12-03 14:57:39.449268+00
2365	1	2365	2026-12-03 14:57:39.449268+00
2366	1	2366	2026-12-03 14:57:39.449268+00
2367	1	2367	2026-12-03 14:57:39.449268+00
2368	1	2368	2026-12-03 14:57:39.449268+00
2369	1	2369	2026-12-03 14:57:39.449268+00
2370	1	2370	2026-12-03 14:57:39.449268+00
2371	1	2371	2026-12-03 14:57:39.449268+00
2372	1	2372	2026-12-03 14:57:39.449268+00
2373	1	2373	2026-12-03 14:57:39.449268+00
2374	1	2374	2026-12-03 14:57:39.449268+00
2375	1	2375	2026-12-03 14:57:39.449268+00
2376	1	2376	2026-12-03 14:57:39.449268+00
2377	1	2377	2026-12-03 14:57:39.449268+00
2378	1	2378	2026-12-03 14:57:39.449268+00
2379	1	2379	2026-12-03 14:57:39.449268+00
2380	1	2380	2026-12-03 14:57:39.449268+00
2381	1	2381	2026-12-03 14:57:39.449268+00
2382	1	2382	2026-12-03 14:57:39.449268+00
2383	1	2383	2026-12-03 14:57:39.449268+00
2384	1	2384	2026-12-03 14:57:39.449268+00
2385	1	2385	2026-12-03 14:57:39.449268+00
2386	1	2386	2026-12-03 14:57:39.449268+00
2387	1	2387	2026-12-03 14:57:39.449268+00
2388	1	2388	2026-12-03 14:57:39.449268+00
2389	1	2389	2026-12-03 14:57:39.449268+00
2390	1	2390	2026-12-03 14:57:39.449268+00
2391	1	2391	2026-12-03 14:57:39.449268+00
2392	1	2392	2026-12-03 14:57:39.449268+00
2393	1	2393	2026-12-03 14:57:39.449268+00
2394	1	2394	2026-12-03 14:57:39.449268+00
2395	1	2395	2026-12-03 14:57:39.449268+00
2396	1	2396	2026-12-03 14:57:39.449268+00
2397	1	2397	2026-12-03 14:57:39.449268+00
2398	1	2398	2026-12-03 14:57:39.449268+00
2399	1	2399	2026-12-03 14:57:39.449268+00
2400	1	2400	2026-12-03 14:57:39.449268+00
2401	1	2401	2026-12-03 14:57:39.449268+00
2402	1	2402	2026-12-03 14:57:39.449268+00
2403	1	2403	2026-12-03 14:57:39.449268+00
2404	1	2404	2026-12-03 14:57:39.449268+00
2405	1	2405	2026-12-03 14:57:39.449268+00
2406	1	2406	2026-12-03 14:57:39.449268+00
2407	1	2407	2026-12-03 14:57:39.449268+00
2408	1	2408	2026-12-03 14:57:39.449268+00
2409	1	2409	2026-12-03 14:57:39.449268+00
2410	1	2410	2026-12-03 14:57:39.449268+00
2411	1	2411	2026-12-03 14:57:39.449268+00
2412	1	2412	2026-12-03 14:57:39.449268+00
2413	1	2413	2026-12-03 14:57:39.449268+00
2414	1	2414	2026-12-03 14:57:39.449268+00
2415	1	2415	2026-12-03 14:57:39.449268+00
2416	1	2416	2026-12-03 14:57:39.449268+00
2417	1	2417	2026-12-03 14:57:39.449268+00
2418	1	2418	2026-12-03 14:57:39.449268+00
2419	1	2419	2026-12-03 14:57:39.449268+00
2420	1	2420	2026-12-03 14:57:39.449268+00
2421	1	2421	2026-12-03 14:57:39.449268+00
2422	1	2422	2026-12-03 14:57:39.449268+00
2423	1	2423	2026-12-03 14:57:39.449268+00
2424	1	2424	2026-12-03 14:57:39.449268+00
2425	1	2425	2026-12-03 14:57:39.449268+00
2426	1	2426	2026-12-03 14:57:39.449268+00
2427	1	2427	2026-12-03 14:57:39.449268+00
2428	1	2428	2026-12-03 14:57:39.449268+00
2429	1	2429	2026-12-03 14:57:39.449268+00
2430	1	2430	2026-12-03 14:57:39.449268+00
2431	1	2431	2026-12-03 14:57:39.449268+00
2432	1	2432	2026-12-03 14:57:39.449268+00
2433	1	2433	2026-12-03 14:57:39.449268+00
2434	1	2434	2026-12-03 14:57:39.449268+00
2435	1	2435	2026-12-03 14:57:39.449268+00
2436	1	2436	2026-12-03 14:57:39.449268+00
2437	1	2437	2026-12-03 14:57:39.449268+00
2438	1	2438	2026-12-03 14:57:39.449268+00
2439	1	2439	2026-12-03 14:57:39.449268+00
2440	1	2440	2026-12-03 14:57:39.449268+00
2441	1	2441	2026-12-03 14:57:39.449268+00
2442	1	2442	2026-12-03 14:57:39.449268+00
2443	1	2443	2026-12-03 14:57:39.449268+00
2444	1	2444	2026-12-03 14:57:39.449268+00
2445	1	2445	2026-12-03 14:57:39.449268+00
2446	1	2446	2026-12-03 14:57:39.449268+00
2447	1	2447	2026-12-03 14:57:39.449268+00
2448	1	2448	2026-12-03 14:57:39.449268+00
2449	1	2449	2026-12-03 14:57:39.449268+00
2450	1	2450	2026-12-03 14:57:39.449268+00
2451	1	2451	2026-12-03 14:57:39.449268+00
2452	1	2452	2026-12-03 14:57:39.449268+00
2453	1	2453	2026-12-03 14:57:39.449268+00
2454	1	2454	2026-12-03 14:57:39.449268+00
2455	1	2455	2026-12-03 14:57:39.449268+00
2456	1	2456	2026-12-03 14:57:39.449268+00
2457	1	2457	2026-12-03 14:57:39.449268+00
2458	1	2458	2026-12-03 14:57:39.449268+00
2459	1	2459	2026-12-03 14:57:39.449268+00
2460	1	2460	2026-12-03 14:57:39.449268+00
2461	1	2461	2026-12-03 14:57:39.449268+00
2462	1	2462	2026-12-03 14:57:39.449268+00
2463	1	2463	2026-12-03 14:57:39.449268+00
2464	1	2464	2026-12-03 14:57:39.449268+00
2465	1	2465	2026-12-03 14:57:39.449268+00
2466	1	2466	2026-12-03 14:57:39.449268+00
2467	1	2467	2026-12-03 14:57:39.449268+00
2468	1	2468	2026-12-03 14:57:39.449268+00
2469	1	2469	2026-12-03 14:57:39.449268+00
2470	1	2470	2026-12-03 14:57:39.449268+00
2471	1	2471	2026-12-03 14:57:39.449268+00
2472	1	2472	2026-12-03 14:57:39.449268+00
2473	1	2473	2026-12-03 14:57:39.449268+00
2474	1	2474	2026-12-03 14:57:39.449268+00
2475	1	2475	2026-12-03 14:57:39.449268+00
2476	1	2476	2026-12-03 14:57:39.449268+00
2477	1	2477	2026-12-03 14:57:39.449268+00
2478	1	2478	2026-12-03 14:57:39.449268+00
2479	1	2479	2026-12-03 14:57:39.449268+00
2480	1	2480	2026-12-03 14:57:39.449268+00
2481	1	2481	2026-12-03 14:57:39.449268+00
2482	1	2482	2026-12-03 14:57:39.449268+00
2483	1	2483	2026-12-03 14:57:39.449268+00
2484	1	2484	2026-12-03 14:57:39.449268+00
2485	1	2485	2026-12-03 14:57:39.449268+00
2486	1	2486	2026-12-03 14:57:39.449268+00
2487	1	2487	2026-12-03 14:57:39.449268+00
2488	1	2488	2026-12-03 14:57:39.449268+00
2489	1	2489	2026-12-03 14:57:39.449268+00
2490	1	2490	2026-12-03 14:57:39.449268+00
2491	1	2491	2026-12-03 14:57:39.449268+00
2492	1	2492	2026-12-03 14:57:39.449268+00
2493	1	2493	2026-12-03 14:57:39.449268+00
2494	1	2494	2026-12-03 14:57:39.449268+00
2495	1	2495	2026-12-03 14:57:39.449268+00
2496	1	2496	2026-12-03 14:57:39.449268+00
2497	1	2497	2026-12-03 14:57:39.449268+00
2498	1	2498	2026-12-03 14:57:39.449268+00
2499	1	2499	2026-12-03 14:57:39.449268+00
2500	1	2500	2026-12-03 14:57:39.449268+00
2501	1	2501	2026-12-03 14:57:39.449268+00
2502	1	2502	2026-12-03 14:57:39.449268+00
2503	1	2503	2026-12-03 14:57:39.449268+00
2504	1	2504	2026-12-03 14:57:39.449268+00
2505	1	2505	2026-12-03 14:57:39.449268+00
2506	1	2506	2026-12-03 14:57:39.449268+00
2507	1	2507	2026-12-03 14:57:39.449268+00
2508	1	2508	2026-12-03 14:57:39.449268+00
2509	1	2509	2026-12-03 14:57:39.449268+00
2510	1	2510	2026-12-03 14:57:39.449268+00
2511	1	2511	2026-12-03 14:57:39.449268+00
2512	1	2512	2026-12-03 14:57:39.449268+00
2513	1	2513	2026-12-03 14:57:39.449268+00
2514	1	2514	2026-12-03 14:57:39.449268+00
2515	1	2515	2026-12-03 14:57:39.449268+00
2516	1	2516	2026-12-03 14:57:39.449268+00
2517	1	2517	2026-12-03 14:57:39.449268+00
2518	1	2518	2026-12-03 14:57:39.449268+00
2519	1	2519	2026-12-03 14:57:39.449268+00
2520	1	2520	2026-12-03 14:57:39.449268+00
2521	1	2521	2026-12-03 14:57:39.449268+00
2522	1	2522	2026-12-03 14:57:39.449268+00
2523	1	2523	2026-12-03 14:57:39.449268+00
2524	1	2524	2026-12-03 14:57:39.449268+00
2525	1	2525	2026-12-03 14:57:39.449268+00
2526	1	2526	2026-12-03 14:57:39.449268+00
2527	1	2527	2026-12-03 14:57:39.449268+00
2528	1	2528	2026-12-03 14:57:39.449268+00
2529	1	2529	2026-12-03 14:57:39.449268+00
2530	1	2530	2026-12-03 14:57:39.449268+00
2531	1	2531	2026-12-03 14:57:39.449268+00
2532	1	2532	2026-12-03 14:57:39.449268+00
2533	1	2533	2026-12-03 14:57:39.449268+00
2534	1	2534	2026-12-03 14:57:39.449268+00
2535	1	2535	2026-12-03 14:57:39.449268+00
2536	1	2536	2026-12-03 14:57:39.449268+00
2537	1	2537	2026-12-03 14:57:39.449268+00
2538	1	2538	2026-12-03 14:57:39.449268+00
2539	1	2539	2026-12-03 14:57:39.449268+00
2540	1	2540	2026-12-03 14:57:39.449268+00
2541	1	2541	2026-12-03 14:57:39.449268+00
2542	1	2542	2026-12-03 14:57:39.449268+00
2543	1	2543	2026-12-03 14:57:39.449268+00
2544	1	2544	2026-12-03 14:57:39.449268+00
2545	1	2545	2026-12-03 14:57:39.449268+00
2546	1	2546	2026-12-03 14:57:39.449268+00
2547	1	2547	2026-12-03 14:57:39.449268+00
2548	1	2548	2026-12-03 14:57:39.449268+00
2549	1	2549	2026-12-03 14:57:39.449268+00
2550	1	2550	2026-12-03 14:57:39.449268+00
2551	1	2551	2026-12-03 14:57:39.449268+00
2552	1	2552	2026-12-03 14:57:39.449268+00
2553	1	2553	2026-12-03 14:57:39.449268+00
2554	1	2554	2026-12-03 14:57:39.449268+00
2555	1	2555	2026-12-03 14:57:39.449268+00
2556	1	2556	2026-12-03 14:57:39.449268+00
2557	1	2557	2026-12-03 14:57:39.449268+00
2558	1	2558	2026-12-03 14:57:39.449268+00
2559	1	2559	2026-12-03 14:57:39.449268+00
2560	1	2560	2026-12-03 14:57:39.449268+00
2561	1	2561	2026-12-03 14:57:39.449268+00
2562	1	2562	2026-12-03 14:57:39.449268+00
2563	1	2563	2026-12-03 14:57:39.449268+00
2564	1	2564	2026-12-03 14:57:39.449268+00
2565	1	2565	2026-12-03 14:57:39.449268+00
2566	1	2566	2026-12-03 14:57:39.449268+00
2567	1	2567	2026-12-03 14:57:39.449268+00
2568	1	2568	2026-12-03 14:57:39.449268+00
2569	1	2569	2026-12-03 14:57:39.449268+00
2570	1	2570	2026-12-03 14:57:39.449268+00
2571	1	2571	2026-12-03 14:57:39.449268+00
2572	1	2572	2026-12-03 14:57:39.449268+00
2573	1	2573	2026-12-03 14:57:39.449268+00
2574	1	2574	2026-12-03 14:57:39.449268+00
2575	1	2575	2026-12-03 14:57:39.449268+00
2576	1	2576	2026-12-03 14:57:39.449268+00
2577	1	2577	2026-12-03 14:57:39.449268+00
2578	1	2578	2026-12-03 14:57:39.449268+00
2579	1	2579	2026-12-03 14:57:39.449268+00
2580	1	2580	2026-12-03 14:57:39.449268+00
2581	1	2581	2026-12-03 14:57:39.449268+00
2582	1	2582	2026-12-03 14:57:39.449268+00
2583	1	2583	2026-12-03 14:57:39.449268+00
2584	1	2584	2026-12-03 14:57:39.449268+00
2585	1	2585	2026-12-03 14:57:39.449268+00
2586	1	2586	2026-12-03 14:57:39.449268+00
2587	1	2587	2026-12-03 14:57:39.449268+00
2588	1	2588	2026-12-03 14:57:39.449268+00
2589	1	2589	2026-12-03 14:57:39.449268+00
2590	1	2590	2026-12-03 14:57:39.449268+00
2591	1	2591	2026-12-03 14:57:39.449268+00
2592	1	2592	2026-12-03 14:57:39.449268+00
2593	1	2593	2026-12-03 14:57:39.449268+00
2594	1	2594	2026-12-03 14:57:39.449268+00
2595	1	2595	2026-12-03 14:57:39.449268+00
2596	1	2596	2026-12-03 14:57:39.449268+00
2597	1	2597	2026-12-03 14:57:39.449268+00
2598	1	2598	2026-12-03 14:57:39.449268+00
2599	1	2599	2026-12-03 14:57:39.449268+00
2600	1	2600	2026-12-03 14:57:39.449268+00
2601	1	2601	2026-12-03 14:57:39.449268+00
2602	1	2602	2026-12-03 14:57:39.449268+00
2603	1	2603	2026-12-03 14:57:39.449268+00
2604	1	2604	2026-12-03 14:57:39.449268+00
2605	1	2605	2026-12-03 14:57:39.449268+00
2606	1	2606	2026-12-03 14:57:39.449268+00
2607	1	2607	2026-12-03 14:57:39.449268+00
2608	1	2608	2026-12-03 14:57:39.449268+00
2609	1	2609	2026-12-03 14:57:39.449268+00
2610	1	2610	2026-12-03 14:57:39.449268+00
2611	1	2611	2026-12-03 14:57:39.449268+00
2612	1	2612	2026-12-03 14:57:39.449268+00
2613	1	2613	2026-12-03 14:57:39.449268+00
2614	1	2614	2026-12-03 14:57:39.449268+00
2615	1	2615	2026-12-03 14:57:39.449268+00
2616	1	2616	2026-12-03 14:57:39.449268+00
2617	1	2617	2026-12-03 14:57:39.449268+00
2618	1	2618	2026-12-03 14:57:39.449268+00
2619	1	2619	2026-12-03 14:57:39.449268+00
2620	1	2620	2026-12-03 14:57:39.449268+00
2621	1	2621	2026-12-03 14:57:39.449268+00
2622	1	2622	2026-12-03 14:57:39.449268+00
2623	1	2623	2026-12-03 14:57:39.449268+00
2624	1	2624	2026-12-03 14:57:39.449268+00
2625	1	2625	2026-12-03 14:57:39.449268+00
2626	1	2626	2026-12-03 14:57:39.449268+00
2627	1	2627	2026-12-03 14:57:39.449268+00
2628	1	2628	2026-12-03 14:57:39.449268+00
2629	1	2629	2026-12-03 14:57:39.449268+00
2630	1	2630	2026-12-03 14:57:39.449268+00
2631	1	2631	2026-12-03 14:57:39.449268+00
2632	1	2632	2026-12-03 14:57:39.449268+00
2633	1	2633	2026-12-03 14:57:39.449268+00
2634	1	2634	2026-12-03 14:57:39.449268+00
2635	1	2635	2026-12-03 14:57:39.449268+00
2636	1	2636	2026-12-03 14:57:39.449268+00
2637	1	2637	2026-12-03 14:57:39.449268+00
2638	1	2638	2026-12-03 14:57:39.449268+00
2639	1	2639	2026-12-03 14:57:39.449268+00
2640	1	2640	2026-12-03 14:57:39.449268+00
2641	1	2641	2026-12-03 14:57:39.449268+00
2642	1	2642	2026-12-03 14:57:39.449268+00
2643	1	2643	2026-12-03 14:57:39.449268+00
2644	1	2644	2026-12-03 14:57:39.449268+00
2645	1	2645	2026-12-03 14:57:39.449268+00
2646	1	2646	2026-12-03 14:57:39.449268+00
2647	1	2647	2026-12-03 14:57:39.449268+00
2648	1	2648	2026-12-03 14:57:39.449268+00
2649	1	2649	2026-12-03 14:57:39.449268+00
2650	1	2650	2026-12-03 14:57:39.449268+00
2651	1	2651	2026-12-03 14:57:39.449268+00
2652	1	2652	2026-12-03 14:57:39.449268+00
2653	1	2653	2026-12-03 14:57:39.449268+00
2654	1	2654	2026-12-03 14:57:39.449268+00
2655	1	2655	2026-12-03 14:57:39.449268+00
2656	1	2656	2026-12-03 14:57:39.449268+00
2657	1	2657	2026-12-03 14:57:39.449268+00
2658	1	2658	2026-12-03 14:57:39.449268+00
2659	1	2659	2026-12-03 14:57:39.449268+00
2660	1	2660	2026-12-03 14:57:39.449268+00
2661	1	2661	2026-12-03 14:57:39.449268+00
2662	1	2662	2026-12-03 14:57:39.449268+00
2663	1	2663	2026-12-03 14:57:39.449268+00
2664	1	2664	2026-12-03 14:57:39.449268+00
2665	1	2665	2026-12-03 14:57:39.449268+00
2666	1	2666	2026-12-03 14:57:39.449268+00
2667	1	2667	2026-12-03 14:57:39.449268+00
2668	1	2668	2026-12-03 14:57:39.449268+00
2669	1	2669	2026-12-03 14:57:39.449268+00
2670	1	2670	2026-12-03 14:57:39.449268+00
2671	1	2671	2026-12-03 14:57:39.449268+00
2672	1	2672	2026-12-03 14:57:39.449268+00
2673	1	2673	2026-12-03 14:57:39.449268+00
2674	1	2674	2026-12-03 14:57:39.449268+00
2675	1	2675	2026-12-03 14:57:39.449268+00
2676	1	2676	2026-12-03 14:57:39.449268+00
2677	1	2677	2026-12-03 14:57:39.449268+00
2678	1	2678	2026-12-03 14:57:39.449268+00
2679	1	2679	2026-12-03 14:57:39.449268+00
2680	1	2680	2026-12-03 14:57:39.449268+00
2681	1	2681	2026-12-03 14:57:39.449268+00
2682	1	2682	2026-12-03 14:57:39.449268+00
2683	1	2683	2026-12-03 14:57:39.449268+00
2684	1	2684	2026-12-03 14:57:39.449268+00
2685	1	2685	2026-12-03 14:57:39.449268+00
2686	1	2686	2026-12-03 14:57:39.449268+00
2687	1	2687	2026-12-03 14:57:39.449268+00
2688	1	2688	2026-12-03 14:57:39.449268+00
2689	1	2689	2026-12-03 14:57:39.449268+00
2690	1	2690	2026-12-03 14:57:39.449268+00
2691	1	2691	2026-12-03 14:57:39.449268+00
2692	1	2692	2026-12-03 14:57:39.449268+00
2693	1	2693	2026-12-03 14:57:39.449268+00
2694	1	2694	2026-12-03 14:57:39.449268+00
2695	1	2695	2026-12-03 14:57:39.449268+00
2696	1	2696	2026-12-03 14:57:39.449268+00
2697	1	2697	2026-12-03 14:57:39.449268+00
2698	1	2698	2026-12-03 14:57:39.449268+00
2699	1	2699	2026-12-03 14:57:39.449268+00
2700	1	2700	2026-12-03 14:57:39.449268+00
2701	1	2701	2026-12-03 14:57:39.449268+00
2702	1	2702	2026-12-03 14:57:39.449268+00
2703	1	2703	2026-12-03 14:57:39.449268+00
2704	1	2704	2026-12-03 14:57:39.449268+00
2705	1	2705	2026-12-03 14:57:39.449268+00
2706	1	2706	2026-12-03 14:57:39.449268+00
2707	1	2707	2026-12-03 14:57:39.449268+00
2708	1	2708	2026-12-03 14:57:39.449268+00
2709	1	2709	2026-12-03 14:57:39.449268+00
2710	1	2710	2026-12-03 14:57:39.449268+00
2711	1	2711	2026-12-03 14:57:39.449268+00
2712	1	2712	2026-12-03 14:57:39.449268+00
2713	1	2713	2026-12-03 14:57:39.449268+00
2714	1	2714	2026-12-03 14:57:39.449268+00
2715	1	2715	2026-12-03 14:57:39.449268+00
2716	1	2716	2026-12-03 14:57:39.449268+00
2717	1	2717	2026-12-03 14:57:39.449268+00
2718	1	2718	2026-12-03 14:57:39.449268+00
2719	1	2719	2026-12-03 14:57:39.449268+00
2720	1	2720	2026-12-03 14:57:39.449268+00
2721	1	2721	2026-12-03 14:57:39.449268+00
2722	1	2722	2026-12-03 14:57:39.449268+00
2723	1	2723	2026-12-03 14:57:39.449268+00
2724	1	2724	2026-12-03 14:57:39.449268+00
2725	1	2725	2026-12-03 14:57:39.449268+00
2726	1	2726	2026-12-03 14:57:39.449268+00
2727	1	2727	2026-12-03 14:57:39.449268+00
2728	1	2728	2026-12-03 14:57:39.449268+00
2729	1	2729	2026-12-03 14:57:39.449268+00
2730	1	2730	2026-12-03 14:57:39.449268+00
2731	1	2731	2026-12-03 14:57:39.449268+00
2732	1	2732	2026-12-03 14:57:39.449268+00
2733	1	2733	2026-12-03 14:57:39.449268+00
2734	1	2734	2026-12-03 14:57:39.449268+00
2735	1	2735	2026-12-03 14:57:39.449268+00
2736	1	2736	2026-12-03 14:57:39.449268+00
2737	1	2737	2026-12-03 14:57:39.449268+00
2738	1	2738	2026-12-03 14:57:39.449268+00
2739	1	2739	2026-12-03 14:57:39.449268+00
2740	1	2740	2026-12-03 14:57:39.449268+00
2741	1	2741	2026-12-03 14:57:39.449268+00
2742	1	2742	2026-12-03 14:57:39.449268+00
2743	1	2743	2026-12-03 14:57:39.449268+00
2744	1	2744	2026-12-03 14:57:39.449268+00
2745	1	2745	2026-12-03 14:57:39.449268+00
2746	1	2746	2026-12-03 14:57:39.449268+00
2747	1	2747	2026-12-03 14:57:39.449268+00
2748	1	2748	2026-12-03 14:57:39.449268+00
2749	1	2749	2026-12-03 14:57:39.449268+00
2750	1	2750	2026-12-03 14:57:39.449268+00
2751	1	2751	2026-12-03 14:57:39.449268+00
2752	1	2752	2026-12-03 14:57:39.449268+00
2753	1	2753	2026-12-03 14:57:39.449268+00
2754	1	2754	2026-12-03 14:57:39.449268+00
2755	1	2755	2026-12-03 14:57:39.449268+00
2756	1	2756	2026-12-03 14:57:39.449268+00
2757	1	2757	2026-12-03 14:57:39.449268+00
2758	1	2758	2026-12-03 14:57:39.449268+00
2759	1	2759	2026-12-03 14:57:39.449268+00
2760	1	2760	2026-12-03 14:57:39.449268+00
2761	1	2761	2026-12-03 14:57:39.449268+00
2762	1	2762	2026-12-03 14:57:39.449268+00
2763	1	2763	2026-12-03 14:57:39.449268+00
2764	1	2764	2026-12-03 14:57:39.449268+00
2765	1	2765	2026-12-03 14:57:39.449268+00
2766	1	2766	2026-12-03 14:57:39.449268+00
2767	1	2767	2026-12-03 14:57:39.449268+00
2768	1	2768	2026-12-03 14:57:39.449268+00
2769	1	2769	2026-12-03 14:57:39.449268+00
2770	1	2770	2026-12-03 14:57:39.449268+00
2771	1	2771	2026-12-03 14:57:39.449268+00
2772	1	2772	2026-12-03 14:57:39.449268+00
2773	1	2773	2026-12-03 14:57:39.449268+00
2774	1	2774	2026-12-03 14:57:39.449268+00
2775	1	2775	2026-12-03 14:57:39.449268+00
2776	1	2776	2026-12-03 14:57:39.449268+00
2777	1	2777	2026-12-03 14:57:39.449268+00
2778	1	2778	2026-12-03 14:57:39.449268+00
2779	1	2779	2026-12-03 14:57:39.449268+00
2780	1	2780	2026-12-03 14:57:39.449268+00
2781	1	2781	2026-12-03 14:57:39.449268+00
2782	1	2782	2026-12-03 14:57:39.449268+00
2783	1	2783	2026-12-03 14:57:39.449268+00
2784	1	2784	2026-12-03 14:57:39.449268+00
2785	1	2785	2026-12-03 14:57:39.449268+00
2786	1	2786	2026-12-03 14:57:39.449268+00
2787	1	2787	2026-12-03 14:57:39.449268+00
2788	1	2788	2026-12-03 14:57:39.449268+00
2789	1	2789	2026-12-03 14:57:39.449268+00
2790	1	2790	2026-12-03 14:57:39.449268+00
2791	1	2791	2026-12-03 14:57:39.449268+00
2792	1	2792	2026-12-03 14:57:39.449268+00
2793	1	2793	2026-12-03 14:57:39.449268+00
2794	1	2794	2026-12-03 14:57:39.449268+00
2795	1	2795	2026-12-03 14:57:39.449268+00
2796	1	2796	2026-12-03 14:57:39.449268+00
2797	1	2797	2026-12-03 14:57:39.449268+00
2798	1	2798	2026-12-03 14:57:39.449268+00
2799	1	2799	2026-12-03 14:57:39.449268+00
2800	1	2800	2026-12-03 14:57:39.449268+00
2801	1	2801	2026-12-03 14:57:39.449268+00
2802	1	2802	2026-12-03 14:57:39.449268+00
2803	1	2803	2026-12-03 14:57:39.449268+00
2804	1	2804	2026-12-03 14:57:39.449268+00
2805	1	2805	2026-12-03 14:57:39.449268+00
2806	1	2806	2026-12-03 14:57:39.449268+00
2807	1	2807	2026-12-03 14:57:39.449268+00
2808	1	2808	2026-12-03 14:57:39.449268+00
2809	1	2809	2026-12-03 14:57:39.449268+00
2810	1	2810	2026-12-03 14:57:39.449268+00
2811	1	2811	2026-12-03 14:57:39.449268+00
2812	1	2812	2026-12-03 14:57:39.449268+00
2813	1	2813	2026-12-03 14:57:39.449268+00
2814	1	2814	2026-12-03 14:57:39.449268+00
2815	1	2815	2026-12-03 14:57:39.449268+00
2816	1	2816	2026-12-03 14:57:39.449268+00
2817	1	2817	2026-12-03 14:57:39.449268+00
2818	1	2818	2026-12-03 14:57:39.449268+00
2819	1	2926	2026-12-03 14:57:39.449268+00
2820	1	2927	2026-12-03 14:57:39.449268+00
2821	1	2928	2026-12-03 14:57:39.449268+00
2822	1	2929	2026-12-03 14:57:39.449268+00
2823	1	2930	2026-12-03 14:57:39.449268+00
2824	1	2931	2026-12-03 14:57:39.449268+00
2825	1	2932	2026-12-03 14:57:39.449268+00
2826	1	2933	2026-12-03 14:57:39.449268+00
2827	1	2934	2026-12-03 14:57:39.449268+00
2828	1	2935	2026-12-03 14:57:39.449268+00
2829	1	2936	2026-12-03 14:57:39.449268+00
2830	1	2937	2026-12-03 14:57:39.449268+00
2831	1	2938	2026-12-03 14:57:39.449268+00
2832	1	2939	2026-12-03 14:57:39.449268+00
2833	1	2940	2026-12-03 14:57:39.449268+00
2834	1	2941	2026-12-03 14:57:39.449268+00
2835	1	2942	2026-12-03 14:57:39.449268+00
2836	1	2943	2026-12-03 14:57:39.449268+00
2837	1	2944	2026-12-03 14:57:39.449268+00
2838	1	2945	2026-12-03 14:57:39.449268+00
2839	1	2946	2026-12-03 14:57:39.449268+00
2840	1	2947	2026-12-03 14:57:39.449268+00
2841	1	2948	2026-12-03 14:57:39.449268+00
2842	1	2949	2026-12-03 14:57:39.449268+00
2843	1	2950	2026-12-03 14:57:39.449268+00
2844	1	2951	2026-12-03 14:57:39.449268+00
2845	1	2952	2026-12-03 14:57:39.449268+00
2846	1	2953	2026-12-03 14:57:39.449268+00
2847	1	2954	2026-12-03 14:57:39.449268+00
2848	1	2955	2026-12-03 14:57:39.449268+00
2849	1	2956	2026-12-03 14:57:39.449268+00
2850	1	2957	2026-12-03 14:57:39.449268+00
2851	1	2958	2026-12-03 14:57:39.449268+00
2852	1	2959	2026-12-03 14:57:39.449268+00
2853	1	2960	2026-12-03 14:57:39.449268+00
2854	1	2961	2026-12-03 14:57:39.449268+00
2855	1	2962	2026-12-03 14:57:39.449268+00
2856	1	2963	2026-12-03 14:57:39.449268+00
2857	1	2964	2026-12-03 14:57:39.449268+00
2858	1	2965	2026-12-03 14:57:39.449268+00
2859	1	2966	2026-12-03 14:57:39.449268+00
2860	1	2967	2026-12-03 14:57:39.449268+00
2861	1	2968	2026-12-03 14:57:39.449268+00
2862	1	2969	2026-12-03 14:57:39.449268+00
2863	1	2970	2026-12-03 14:57:39.449268+00
2864	1	2971	2026-12-03 14:57:39.449268+00
2865	1	2972	2026-12-03 14:57:39.449268+00
2866	1	2973	2026-12-03 14:57:39.449268+00
2867	1	2974	2026-12-03 14:57:39.449268+00
2868	1	2975	2026-12-03 14:57:39.449268+00
2869	1	2976	2026-12-03 14:57:39.449268+00
2870	1	2977	2026-12-03 14:57:39.449268+00
2871	1	2978	2026-12-03 14:57:39.449268+00
2872	1	2979	2026-12-03 14:57:39.449268+00
2873	1	2980	2026-12-03 14:57:39.449268+00
2874	1	2981	2026-12-03 14:57:39.449268+00
2875	1	2982	2026-12-03 14:57:39.449268+00
2876	1	2983	2026-12-03 14:57:39.449268+00
2877	1	2984	2026-12-03 14:57:39.449268+00
2878	1	2985	2026-12-03 14:57:39.449268+00
2879	1	2986	2026-12-03 14:57:39.449268+00
2880	1	2987	2026-12-03 14:57:39.449268+00
2881	1	2988	2026-12-03 14:57:39.449268+00
2882	1	2989	2026-12-03 14:57:39.449268+00
2883	1	2990	2026-12-03 14:57:39.449268+00
2884	1	2991	2026-12-03 14:57:39.449268+00
2885	1	2992	2026-12-03 14:57:39.449268+00
2886	1	2993	2026-12-03 14:57:39.449268+00
2887	1	2994	2026-12-03 14:57:39.449268+00
2888	1	2995	2026-12-03 14:57:39.449268+00
2889	1	2996	2026-12-03 14:57:39.449268+00
2890	1	2997	2026-12-03 14:57:39.449268+00
2891	1	2998	2026-12-03 14:57:39.449268+00
2892	1	2999	2026-12-03 14:57:39.449268+00
2893	1	3000	2026-12-03 14:57:39.449268+00
2894	1	3001	2026-12-03 14:57:39.449268+00
2895	1	3002	2026-12-03 14:57:39.449268+00
2896	1	3003	2026-12-03 14:57:39.449268+00
2897	1	3004	2026-12-03 14:57:39.449268+00
2898	1	3005	2026-12-03 14:57:39.449268+00
2899	1	3006	2026-12-03 14:57:39.449268+00
2900	1	3007	2026-12-03 14:57:39.449268+00
2901	1	3008	2026-12-03 14:57:39.449268+00
2902	1	3009	2026-12-03 14:57:39.449268+00
2903	1	3010	2026-12-03 14:57:39.449268+00
2904	1	3011	2026-12-03 14:57:39.449268+00
2905	1	3012	2026-12-03 14:57:39.449268+00
2906	1	3013	2026-12-03 14:57:39.449268+00
2907	1	3014	2026-12-03 14:57:39.449268+00
2908	1	3015	2026-12-03 14:57:39.449268+00
2909	1	3016	2026-12-03 14:57:39.449268+00
2910	1	3017	2026-12-03 14:57:39.449268+00
2911	1	3018	2026-12-03 14:57:39.449268+00
2912	1	3019	2026-12-03 14:57:39.449268+00
2913	1	3020	2026-12-03 14:57:39.449268+00
2914	1	3021	2026-12-03 14:57:39.449268+00
2915	1	3022	2026-12-03 14:57:39.449268+00
2916	1	3023	2026-12-03 14:57:39.449268+00
2917	1	3024	2026-12-03 14:57:39.449268+00
2918	1	3025	2026-12-03 14:57:39.449268+00
2919	1	3026	2026-12-03 14:57:39.449268+00
2920	1	3027	2026-12-03 14:57:39.449268+00
2921	1	3028	2026-12-03 14:57:39.449268+00
2922	1	3029	2026-12-03 14:57:39.449268+00
2923	1	3030	2026-12-03 14:57:39.449268+00
2924	1	3031	2026-12-03 14:57:39.449268+00
2925	1	3032	2026-12-03 14:57:39.449268+00
2926	1	3033	2026-12-03 14:57:39.449268+00
2927	1	3034	2026-12-03 14:57:39.449268+00
2928	1	3035	2026-12-03 14:57:39.449268+00
2929	1	3036	2026-12-03 14:57:39.449268+00
2930	1	3037	2026-12-03 14:57:39.449268+00
2931	1	3038	2026-12-03 14:57:39.449268+00
2932	1	3039	2026-12-03 14:57:39.449268+00
2933	1	3040	2026-12-03 14:57:39.449268+00
2934	1	3041	2026-12-03 14:57:39.449268+00
2935	1	3042	2026-12-03 14:57:39.449268+00
2936	1	3043	2026-12-03 14:57:39.449268+00
2937	1	3044	2026-12-03 14:57:39.449268+00
2938	1	3045	2026-12-03 14:57:39.449268+00
2939	1	3046	2026-12-03 14:57:39.449268+00
2940	1	3047	2026-12-03 14:57:39.449268+00
2941	1	3048	2026-12-03 14:57:39.449268+00
2942	1	3049	2026-12-03 14:57:39.449268+00
2943	1	3050	2026-12-03 14:57:39.449268+00
2944	1	3051	2026-12-03 14:57:39.449268+00
2945	1	3052	2026-12-03 14:57:39.449268+00
2946	1	3053	2026-12-03 14:57:39.449268+00
2947	1	3054	2026-12-03 14:57:39.449268+00
2948	1	3055	2026-12-03 14:57:39.449268+00
2949	1	3056	2026-12-03 14:57:39.449268+00
2950	1	3057	2026-12-03 14:57:39.449268+00
2951	1	3058	2026-12-03 14:57:39.449268+00
2952	1	3059	2026-12-03 14:57:39.449268+00
2953	1	3060	2026-12-03 14:57:39.449268+00
2954	1	3061	2026-12-03 14:57:39.449268+00
2955	1	3062	2026-12-03 14:57:39.449268+00
2956	1	3063	2026-12-03 14:57:39.449268+00
2957	1	3064	2026-12-03 14:57:39.449268+00
2958	1	3065	2026-12-03 14:57:39.449268+00
2959	1	3066	2026-12-03 14:57:39.449268+00
2960	1	3067	2026-12-03 14:57:39.449268+00
2961	1	3068	2026-12-03 14:57:39.449268+00
2962	1	3069	2026-12-03 14:57:39.449268+00
2963	1	3070	2026-12-03 14:57:39.449268+00
2964	1	3071	2026-12-03 14:57:39.449268+00
2965	1	3072	2026-12-03 14:57:39.449268+00
2966	1	3073	2026-12-03 14:57:39.449268+00
2967	1	3074	2026-12-03 14:57:39.449268+00
2968	1	3075	2026-12-03 14:57:39.449268+00
2969	1	3076	2026-12-03 14:57:39.449268+00
2970	1	3077	2026-12-03 14:57:39.449268+00
2971	1	3078	2026-12-03 14:57:39.449268+00
2972	1	3079	2026-12-03 14:57:39.449268+00
2973	1	3080	2026-12-03 14:57:39.449268+00
2974	1	3081	2026-12-03 14:57:39.449268+00
2975	1	3082	2026-12-03 14:57:39.449268+00
2976	1	3083	2026-12-03 14:57:39.449268+00
2977	1	3084	2026-12-03 14:57:39.449268+00
2978	1	3085	2026-12-03 14:57:39.449268+00
2979	1	3086	2026-12-03 14:57:39.449268+00
2980	1	3087	2026-12-03 14:57:39.449268+00
2981	1	3088	2026-12-03 14:57:39.449268+00
2982	1	3089	2026-12-03 14:57:39.449268+00
2983	1	3090	2026-12-03 14:57:39.449268+00
2984	1	3091	2026-12-03 14:57:39.449268+00
2985	1	3092	2026-12-03 14:57:39.449268+00
2986	1	3093	2026-12-03 14:57:39.449268+00
2987	1	3094	2026-12-03 14:57:39.449268+00
2988	1	3095	2026-12-03 14:57:39.449268+00
2989	1	3096	2026-12-03 14:57:39.449268+00
2990	1	3097	2026-12-03 14:57:39.449268+00
2991	1	3098	2026-12-03 14:57:39.449268+00
2992	1	3099	2026-12-03 14:57:39.449268+00
2993	1	3100	2026-12-03 14:57:39.449268+00
2994	1	3101	2026-12-03 14:57:39.449268+00
2995	1	3102	2026-12-03 14:57:39.449268+00
2996	1	3103	2026-12-03 14:57:39.449268+00
2997	1	3104	2026-12-03 14:57:39.449268+00
2998	1	3105	2026-12-03 14:57:39.449268+00
2999	1	3106	2026-12-03 14:57:39.449268+00
3000	1	3107	2026-12-03 14:57:39.449268+00
3001	1	3108	2026-12-03 14:57:39.449268+00
3002	1	3109	2026-12-03 14:57:39.449268+00
3003	1	3110	2026-12-03 14:57:39.449268+00
3004	1	3111	2026-12-03 14:57:39.449268+00
3005	1	3112	2026-12-03 14:57:39.449268+00
3006	1	3113	2026-12-03 14:57:39.449268+00
3007	1	3114	2026-12-03 14:57:39.449268+00
3008	1	3115	2026-12-03 14:57:39.449268+00
3009	1	3116	2026-12-03 14:57:39.449268+00
3010	1	3117	2026-12-03 14:57:39.449268+00
3011	1	3118	2026-12-03 14:57:39.449268+00
3012	1	3119	2026-12-03 14:57:39.449268+00
3013	1	3120	2026-12-03 14:57:39.449268+00
3014	1	3121	2026-12-03 14:57:39.449268+00
3015	1	3122	2026-12-03 14:57:39.449268+00
3016	1	3123	2026-12-03 14:57:39.449268+00
3017	1	3124	2026-12-03 14:57:39.449268+00
3018	1	3125	2026-12-03 14:57:39.449268+00
3019	1	3126	2026-12-03 14:57:39.449268+00
3020	1	3127	2026-12-03 14:57:39.449268+00
3021	1	3128	2026-12-03 14:57:39.449268+00
3022	1	3129	2026-12-03 14:57:39.449268+00
3023	1	3130	2026-12-03 14:57:39.449268+00
3024	1	3131	2026-12-03 14:57:39.449268+00
3025	1	3132	2026-12-03 14:57:39.449268+00
3026	1	3133	2026-12-03 14:57:39.449268+00
3027	1	3134	2026-12-03 14:57:39.449268+00
3028	1	3135	2026-12-03 14:57:39.449268+00
3029	1	3136	2026-12-03 14:57:39.449268+00
3030	1	3137	2026-12-03 14:57:39.449268+00
3031	1	3138	2026-12-03 14:57:39.449268+00
3032	1	3139	2026-12-03 14:57:39.449268+00
3033	1	3140	2026-12-03 14:57:39.449268+00
3034	1	3141	2026-12-03 14:57:39.449268+00
3035	1	3142	2026-12-03 14:57:39.449268+00
3036	1	3143	2026-12-03 14:57:39.449268+00
3037	1	3144	2026-12-03 14:57:39.449268+00
3038	1	3145	2026-12-03 14:57:39.449268+00
3039	1	3146	2026-12-03 14:57:39.449268+00
3040	1	3147	2026-12-03 14:57:39.449268+00
3041	1	3148	2026-12-03 14:57:39.449268+00
3042	1	3149	2026-12-03 14:57:39.449268+00
3043	1	3150	2026-12-03 14:57:39.449268+00
3044	1	3151	2026-12-03 14:57:39.449268+00
3045	1	3152	2026-12-03 14:57:39.449268+00
3046	1	3153	2026-12-03 14:57:39.449268+00
3047	1	3154	2026-12-03 14:57:39.449268+00
3048	1	3155	2026-12-03 14:57:39.449268+00
3049	1	3156	2026-12-03 14:57:39.449268+00
3050	1	3157	2026-12-03 14:57:39.449268+00
3051	1	3158	2026-12-03 14:57:39.449268+00
3052	1	3159	2026-12-03 14:57:39.449268+00
3053	1	3160	2026-12-03 14:57:39.449268+00
3054	1	3161	2026-12-03 14:57:39.449268+00
3055	1	3162	2026-12-03 14:57:39.449268+00
3056	1	3163	2026-12-03 14:57:39.449268+00
3057	1	3164	2026-12-03 14:57:39.449268+00
3058	1	3225	2026-12-03 14:57:39.449268+00
3059	1	3253	2026-12-03 14:57:39.449268+00
3060	1	3254	2026-12-03 14:57:39.449268+00
3061	1	3255	2026-12-03 14:57:39.449268+00
3062	1	3256	2026-12-03 14:57:39.449268+00
3063	1	3257	2026-12-03 14:57:39.449268+00
3064	1	3258	2026-12-03 14:57:39.449268+00
3065	1	3259	2026-12-03 14:57:39.449268+00
3066	1	3260	2026-12-03 14:57:39.449268+00
3067	1	3261	2026-12-03 14:57:39.449268+00
3068	1	3262	2026-12-03 14:57:39.449268+00
3069	1	3263	2026-12-03 14:57:39.449268+00
3070	1	3264	2026-12-03 14:57:39.449268+00
3071	1	3265	2026-12-03 14:57:39.449268+00
3072	1	3266	2026-12-03 14:57:39.449268+00
3073	1	3267	2026-12-03 14:57:39.449268+00
3074	1	3268	2026-12-03 14:57:39.449268+00
3075	1	3269	2026-12-03 14:57:39.449268+00
3076	1	3270	2026-12-03 14:57:39.449268+00
3077	1	3271	2026-12-03 14:57:39.449268+00
3078	1	3272	2026-12-03 14:57:39.449268+00
3079	1	3273	2026-12-03 14:57:39.449268+00
3080	1	3274	2026-12-03 14:57:39.449268+00
3081	1	3275	2026-12-03 14:57:39.449268+00
3082	1	3276	2026-12-03 14:57:39.449268+00
3083	1	3277	2026-12-03 14:57:39.449268+00
3084	1	3278	2026-12-03 14:57:39.449268+00
3085	1	3279	2026-12-03 14:57:39.449268+00
3086	1	3280	2026-12-03 14:57:39.449268+00
3087	1	3281	2026-12-03 14:57:39.449268+00
3088	1	3282	2026-12-03 14:57:39.449268+00
3089	1	3283	2026-12-03 14:57:39.449268+00
3090	1	3284	2026-12-03 14:57:39.449268+00
3091	1	3285	2026-12-03 14:57:39.449268+00
3092	1	3286	2026-12-03 14:57:39.449268+00
3093	1	3287	2026-12-03 14:57:39.449268+00
3094	1	3288	2026-12-03 14:57:39.449268+00
3095	1	3289	2026-12-03 14:57:39.449268+00
3096	1	3290	2026-12-03 14:57:39.449268+00
3097	1	3291	2026-12-03 14:57:39.449268+00
3098	1	3292	2026-12-03 14:57:39.449268+00
3099	1	3293	2026-12-03 14:57:39.449268+00
3100	1	3294	2026-12-03 14:57:39.449268+00
3101	1	3295	2026-12-03 14:57:39.449268+00
3102	1	3296	2026-12-03 14:57:39.449268+00
3103	1	3297	2026-12-03 14:57:39.449268+00
3104	1	3298	2026-12-03 14:57:39.449268+00
3105	1	3299	2026-12-03 14:57:39.449268+00
3106	1	3300	2026-12-03 14:57:39.449268+00
3107	1	3301	2026-12-03 14:57:39.449268+00
3108	1	3302	2026-12-03 14:57:39.449268+00
3109	1	3303	2026-12-03 14:57:39.449268+00
3110	1	3304	2026-12-03 14:57:39.449268+00
3111	1	3305	2026-12-03 14:57:39.449268+00
3112	1	3306	2026-12-03 14:57:39.449268+00
3113	1	3307	2026-12-03 14:57:39.449268+00
3114	1	3308	2026-12-03 14:57:39.449268+00
3115	1	3309	2026-12-03 14:57:39.449268+00
3116	1	3310	2026-12-03 14:57:39.449268+00
3117	1	3311	2026-12-03 14:57:39.449268+00
3118	1	3312	2026-12-03 14:57:39.449268+00
3119	1	3313	2026-12-03 14:57:39.449268+00
3120	1	3314	2026-12-03 14:57:39.449268+00
3121	1	3315	2026-12-03 14:57:39.449268+00
3122	1	3316	2026-12-03 14:57:39.449268+00
3123	1	3317	2026-12-03 14:57:39.449268+00
3124	1	3318	2026-12-03 14:57:39.449268+00
3125	1	3319	2026-12-03 14:57:39.449268+00
3126	1	3320	2026-12-03 14:57:39.449268+00
3127	1	3321	2026-12-03 14:57:39.449268+00
3128	1	3322	2026-12-03 14:57:39.449268+00
3129	1	3323	2026-12-03 14:57:39.449268+00
3130	1	3324	2026-12-03 14:57:39.449268+00
3131	1	3325	2026-12-03 14:57:39.449268+00
3132	1	3326	2026-12-03 14:57:39.449268+00
3133	1	3327	2026-12-03 14:57:39.449268+00
3134	1	3328	2026-12-03 14:57:39.449268+00
3135	1	3329	2026-12-03 14:57:39.449268+00
3136	1	3330	2026-12-03 14:57:39.449268+00
3137	1	3331	2026-12-03 14:57:39.449268+00
3138	1	3332	2026-12-03 14:57:39.449268+00
3139	1	3333	2026-12-03 14:57:39.449268+00
3140	1	3334	2026-12-03 14:57:39.449268+00
3141	1	3335	2026-12-03 14:57:39.449268+00
3142	1	3336	2026-12-03 14:57:39.449268+00
3143	1	3349	2026-12-03 14:57:39.449268+00
3144	1	3350	2026-12-03 14:57:39.449268+00
3145	1	3351	2026-12-03 14:57:39.449268+00
3146	1	3352	2026-12-03 14:57:39.449268+00
3147	1	3353	2026-12-03 14:57:39.449268+00
3148	1	3354	2026-12-03 14:57:39.449268+00
3149	1	3355	2026-12-03 14:57:39.449268+00
3150	1	3356	2026-12-03 14:57:39.449268+00
3151	1	3357	2026-12-03 14:57:39.449268+00
3152	1	3358	2026-12-03 14:57:39.449268+00
3153	1	3359	2026-12-03 14:57:39.449268+00
3154	1	3365	2026-12-03 14:57:39.449268+00
3155	1	3366	2026-12-03 14:57:39.449268+00
3156	1	3367	2026-12-03 14:57:39.449268+00
3157	1	3368	2026-12-03 14:57:39.449268+00
3158	1	3369	2026-12-03 14:57:39.449268+00
3159	1	3370	2026-12-03 14:57:39.449268+00
3160	1	3371	2026-12-03 14:57:39.449268+00
3161	1	3372	2026-12-03 14:57:39.449268+00
3162	1	3373	2026-12-03 14:57:39.449268+00
3163	1	3374	2026-12-03 14:57:39.449268+00
3164	1	3375	2026-12-03 14:57:39.449268+00
3165	1	3376	2026-12-03 14:57:39.449268+00
3166	1	3377	2026-12-03 14:57:39.449268+00
3167	1	3378	2026-12-03 14:57:39.449268+00
3168	1	3379	2026-12-03 14:57:39.449268+00
3169	1	3380	2026-12-03 14:57:39.449268+00
3170	1	3381	2026-12-03 14:57:39.449268+00
3171	1	3382	2026-12-03 14:57:39.449268+00
3172	1	3383	2026-12-03 14:57:39.449268+00
3173	1	3384	2026-12-03 14:57:39.449268+00
3174	1	3385	2026-12-03 14:57:39.449268+00
3175	1	3386	2026-12-03 14:57:39.449268+00
3176	1	3387	2026-12-03 14:57:39.449268+00
3177	1	3388	2026-12-03 14:57:39.449268+00
3178	1	3389	2026-12-03 14:57:39.449268+00
3179	1	3390	2026-12-03 14:57:39.449268+00
3180	1	3391	2026-12-03 14:57:39.449268+00
3181	1	3392	2026-12-03 14:57:39.449268+00
3182	1	3393	2026-12-03 14:57:39.449268+00
3183	1	3394	2026-12-03 14:57:39.449268+00
3184	1	3395	2026-12-03 14:57:39.449268+00
3185	1	3396	2026-12-03 14:57:39.449268+00
3186	1	3397	2026-12-03 14:57:39.449268+00
3187	1	3398	2026-12-03 14:57:39.449268+00
3188	1	3399	2026-12-03 14:57:39.449268+00
3189	1	3400	2026-12-03 14:57:39.449268+00
3190	1	3401	2026-12-03 14:57:39.449268+00
3191	1	3402	2026-12-03 14:57:39.449268+00
3192	1	3403	2026-12-03 14:57:39.449268+00
3193	1	3404	2026-12-03 14:57:39.449268+00
3194	1	3405	2026-12-03 14:57:39.449268+00
3195	1	3406	2026-12-03 14:57:39.449268+00
3196	1	3407	2026-12-03 14:57:39.449268+00
3197	1	3408	2026-12-03 14:57:39.449268+00
3198	1	3409	2026-12-03 14:57:39.449268+00
3199	1	3410	2026-12-03 14:57:39.449268+00
3200	1	3411	2026-12-03 14:57:39.449268+00
3201	1	3412	2026-12-03 14:57:39.449268+00
3202	1	3413	2026-12-03 14:57:39.449268+00
3203	1	3414	2026-12-03 14:57:39.449268+00
3204	1	3415	2026-12-03 14:57:39.449268+00
3205	1	3416	2026-12-03 14:57:39.449268+00
3206	1	3417	2026-12-03 14:57:39.449268+00
3207	1	3418	2026-12-03 14:57:39.449268+00
3208	1	3419	2026-12-03 14:57:39.449268+00
3209	1	3420	2026-12-03 14:57:39.449268+00
3210	1	3421	2026-12-03 14:57:39.449268+00
3211	1	3422	2026-12-03 14:57:39.449268+00
3212	1	3423	2026-12-03 14:57:39.449268+00
3213	1	3424	2026-12-03 14:57:39.449268+00
3214	1	3425	2026-12-03 14:57:39.449268+00
3215	1	3426	2026-12-03 14:57:39.449268+00
3216	1	3427	2026-12-03 14:57:39.449268+00
3217	1	3430	2026-12-03 14:57:39.449268+00
3218	1	3431	2026-12-03 14:57:39.449268+00
3219	1	3432	2026-12-03 14:57:39.449268+00
3220	1	3433	2026-12-03 14:57:39.449268+00
3221	1	3434	2026-12-03 14:57:39.449268+00
3222	1	3435	2026-12-03 14:57:39.449268+00
3223	1	3436	2026-12-03 14:57:39.449268+00
3224	1	3437	2026-12-03 14:57:39.449268+00
3225	1	3438	2026-12-03 14:57:39.449268+00
3226	1	3439	2026-12-03 14:57:39.449268+00
3227	1	3440	2026-12-03 14:57:39.449268+00
3228	1	3441	2026-12-03 14:57:39.449268+00
3229	1	3442	2026-12-03 14:57:39.449268+00
3230	1	3443	2026-12-03 14:57:39.449268+00
3231	1	3444	2026-12-03 14:57:39.449268+00
3232	1	3445	2026-12-03 14:57:39.449268+00
3233	1	3446	2026-12-03 14:57:39.449268+00
3234	1	3447	2026-12-03 14:57:39.449268+00
3235	1	3448	2026-12-03 14:57:39.449268+00
3236	1	3449	2026-12-03 14:57:39.449268+00
3237	1	3450	2026-12-03 14:57:39.449268+00
3238	1	3451	2026-12-03 14:57:39.449268+00
3239	1	3452	2026-12-03 14:57:39.449268+00
3240	1	3453	2026-12-03 14:57:39.449268+00
3241	1	3454	2026-12-03 14:57:39.449268+00
3242	1	3455	2026-12-03 14:57:39.449268+00
3243	1	3456	2026-12-03 14:57:39.449268+00
3244	1	3457	2026-12-03 14:57:39.449268+00
3245	1	3458	2026-12-03 14:57:39.449268+00
3246	1	3459	2026-12-03 14:57:39.449268+00
3247	1	3460	2026-12-03 14:57:39.449268+00
3248	1	3461	2026-12-03 14:57:39.449268+00
3249	1	3462	2026-12-03 14:57:39.449268+00
3250	1	3463	2026-12-03 14:57:39.449268+00
3251	1	3464	2026-12-03 14:57:39.449268+00
3252	1	3465	2026-12-03 14:57:39.449268+00
3253	1	3466	2026-12-03 14:57:39.449268+00
3254	1	3467	2026-12-03 14:57:39.449268+00
3255	1	3468	2026-12-03 14:57:39.449268+00
3256	1	3469	2026-12-03 14:57:39.449268+00
3257	1	3470	2026-12-03 14:57:39.449268+00
3258	1	3471	2026-12-03 14:57:39.449268+00
3259	1	3472	2026-12-03 14:57:39.449268+00
3260	1	3473	2026-12-03 14:57:39.449268+00
3261	1	3474	2026-12-03 14:57:39.449268+00
3262	1	3475	2026-12-03 14:57:39.449268+00
3263	1	3476	2026-12-03 14:57:39.449268+00
3264	1	3477	2026-12-03 14:57:39.449268+00
3265	1	3478	2026-12-03 14:57:39.449268+00
3266	1	3479	2026-12-03 14:57:39.449268+00
3267	1	3480	2026-12-03 14:57:39.449268+00
3268	1	3481	2026-12-03 14:57:39.449268+00
3269	1	3482	2026-12-03 14:57:39.449268+00
3270	1	3483	2026-12-03 14:57:39.449268+00
3271	1	3484	2026-12-03 14:57:39.449268+00
3272	1	3485	2026-12-03 14:57:39.449268+00
3273	1	3486	2026-12-03 14:57:39.449268+00
3274	1	3487	2026-12-03 14:57:39.449268+00
3275	1	3488	2026-12-03 14:57:39.449268+00
3276	1	3489	2026-12-03 14:57:39.449268+00
3277	1	3490	2026-12-03 14:57:39.449268+00
3278	1	3491	2026-12-03 14:57:39.449268+00
3279	1	3492	2026-12-03 14:57:39.449268+00
3280	1	3493	2026-12-03 14:57:39.449268+00
3281	1	3494	2026-12-03 14:57:39.449268+00
3282	1	3495	2026-12-03 14:57:39.449268+00
3283	1	3496	2026-12-03 14:57:39.449268+00
3284	1	3497	2026-12-03 14:57:39.449268+00
3285	1	3498	2026-12-03 14:57:39.449268+00
3286	1	3499	2026-12-03 14:57:39.449268+00
3287	1	3500	2026-12-03 14:57:39.449268+00
3288	1	3501	2026-12-03 14:57:39.449268+00
3289	1	3502	2026-12-03 14:57:39.449268+00
3290	1	3503	2026-12-03 14:57:39.449268+00
3291	3	2819	2026-12-03 14:57:39.449268+00
3292	3	2820	2026-12-03 14:57:39.449268+00
3293	3	2821	2026-12-03 14:57:39.449268+00
3294	3	2822	2026-12-03 14:57:39.449268+00
3295	3	2823	2026-12-03 14:57:39.449268+00
3296	3	2824	2026-12-03 14:57:39.449268+00
3297	3	2825	2026-12-03 14:57:39.449268+00
3298	3	2826	2026-12-03 14:57:39.449268+00
3299	3	2827	2026-12-03 14:57:39.449268+00
3300	3	2828	2026-12-03 14:57:39.449268+00
3301	3	2829	2026-12-03 14:57:39.449268+00
3302	3	2830	2026-12-03 14:57:39.449268+00
3303	3	2831	2026-12-03 14:57:39.449268+00
3304	3	2832	2026-12-03 14:57:39.449268+00
3305	3	2833	2026-12-03 14:57:39.449268+00
3306	3	2834	2026-12-03 14:57:39.449268+00
3307	3	2835	2026-12-03 14:57:39.449268+00
3308	3	2836	2026-12-03 14:57:39.449268+00
3309	3	2837	2026-12-03 14:57:39.449268+00
3310	3	2838	2026-12-03 14:57:39.449268+00
3311	3	2839	2026-12-03 14:57:39.449268+00
3312	3	2840	2026-12-03 14:57:39.449268+00
3313	3	2841	2026-12-03 14:57:39.449268+00
3314	3	2842	2026-12-03 14:57:39.449268+00
3315	3	2843	2026-12-03 14:57:39.449268+00
3316	3	2844	2026-12-03 14:57:39.449268+00
3317	3	2845	2026-12-03 14:57:39.449268+00
3318	3	2846	2026-12-03 14:57:39.449268+00
3319	3	2847	2026-12-03 14:57:39.449268+00
3320	3	2848	2026-12-03 14:57:39.449268+00
3321	3	2849	2026-12-03 14:57:39.449268+00
3322	3	2850	2026-12-03 14:57:39.449268+00
3323	3	2851	2026-12-03 14:57:39.449268+00
3324	3	2852	2026-12-03 14:57:39.449268+00
3325	3	2853	2026-12-03 14:57:39.449268+00
3326	3	2854	2026-12-03 14:57:39.449268+00
3327	3	2855	2026-12-03 14:57:39.449268+00
3328	3	2856	2026-12-03 14:57:39.449268+00
3329	3	2857	2026-12-03 14:57:39.449268+00
3330	3	2858	2026-12-03 14:57:39.449268+00
3331	3	2859	2026-12-03 14:57:39.449268+00
3332	3	2860	2026-12-03 14:57:39.449268+00
3333	3	2861	2026-12-03 14:57:39.449268+00
3334	3	2862	2026-12-03 14:57:39.449268+00
3335	3	2863	2026-12-03 14:57:39.449268+00
3336	3	2864	2026-12-03 14:57:39.449268+00
3337	3	2865	2026-12-03 14:57:39.449268+00
3338	3	2866	2026-12-03 14:57:39.449268+00
3339	3	2867	2026-12-03 14:57:39.449268+00
3340	3	2868	2026-12-03 14:57:39.449268+00
3341	3	2869	2026-12-03 14:57:39.449268+00
3342	3	2870	2026-12-03 14:57:39.449268+00
3343	3	2871	2026-12-03 14:57:39.449268+00
3344	3	2872	2026-12-03 14:57:39.449268+00
3345	3	2873	2026-12-03 14:57:39.449268+00
3346	3	2874	2026-12-03 14:57:39.449268+00
3347	3	2875	2026-12-03 14:57:39.449268+00
3348	3	2876	2026-12-03 14:57:39.449268+00
3349	3	2877	2026-12-03 14:57:39.449268+00
3350	3	2878	2026-12-03 14:57:39.449268+00
3351	3	2879	2026-12-03 14:57:39.449268+00
3352	3	2880	2026-12-03 14:57:39.449268+00
3353	3	2881	2026-12-03 14:57:39.449268+00
3354	3	2882	2026-12-03 14:57:39.449268+00
3355	3	2883	2026-12-03 14:57:39.449268+00
3356	3	2884	2026-12-03 14:57:39.449268+00
3357	3	2885	2026-12-03 14:57:39.449268+00
3358	3	2886	2026-12-03 14:57:39.449268+00
3359	3	2887	2026-12-03 14:57:39.449268+00
3360	3	2888	2026-12-03 14:57:39.449268+00
3361	3	2889	2026-12-03 14:57:39.449268+00
3362	3	2890	2026-12-03 14:57:39.449268+00
3363	3	2891	2026-12-03 14:57:39.449268+00
3364	3	2892	2026-12-03 14:57:39.449268+00
3365	3	2893	2026-12-03 14:57:39.449268+00
3366	3	2894	2026-12-03 14:57:39.449268+00
3367	3	2895	2026-12-03 14:57:39.449268+00
3368	3	2896	2026-12-03 14:57:39.449268+00
3369	3	2897	2026-12-03 14:57:39.449268+00
3370	3	2898	2026-12-03 14:57:39.449268+00
3371	3	2899	2026-12-03 14:57:39.449268+00
3372	3	2900	2026-12-03 14:57:39.449268+00
3373	3	2901	2026-12-03 14:57:39.449268+00
3374	3	2902	2026-12-03 14:57:39.449268+00
3375	3	2903	2026-12-03 14:57:39.449268+00
3376	3	2904	2026-12-03 14:57:39.449268+00
3377	3	2905	2026-12-03 14:57:39.449268+00
3378	3	2906	2026-12-03 14:57:39.449268+00
3379	3	2907	2026-12-03 14:57:39.449268+00
3380	3	2908	2026-12-03 14:57:39.449268+00
3381	3	2909	2026-12-03 14:57:39.449268+00
3382	3	2910	2026-12-03 14:57:39.449268+00
3383	3	2911	2026-12-03 14:57:39.449268+00
3384	3	2912	2026-12-03 14:57:39.449268+00
3385	3	2913	2026-12-03 14:57:39.449268+00
3386	3	2914	2026-12-03 14:57:39.449268+00
3387	3	2915	2026-12-03 14:57:39.449268+00
3388	3	2916	2026-12-03 14:57:39.449268+00
3389	3	2917	2026-12-03 14:57:39.449268+00
3390	3	2918	2026-12-03 14:57:39.449268+00
3391	3	2919	2026-12-03 14:57:39.449268+00
3392	3	2920	2026-12-03 14:57:39.449268+00
3393	3	2921	2026-12-03 14:57:39.449268+00
3394	3	2922	2026-12-03 14:57:39.449268+00
3395	3	2923	2026-12-03 14:57:39.449268+00
3396	3	2924	2026-12-03 14:57:39.449268+00
3397	3	2925	2026-12-03 14:57:39.449268+00
3398	3	3165	2026-12-03 14:57:39.449268+00
3399	3	3166	2026-12-03 14:57:39.449268+00
3400	3	3167	2026-12-03 14:57:39.449268+00
3401	3	3168	2026-12-03 14:57:39.449268+00
3402	3	3169	2026-12-03 14:57:39.449268+00
3403	3	3170	2026-12-03 14:57:39.449268+00
3404	3	3171	2026-12-03 14:57:39.449268+00
3405	3	3172	2026-12-03 14:57:39.449268+00
3406	3	3173	2026-12-03 14:57:39.449268+00
3407	3	3174	2026-12-03 14:57:39.449268+00
3408	3	3175	2026-12-03 14:57:39.449268+00
3409	3	3176	2026-12-03 14:57:39.449268+00
3410	3	3177	2026-12-03 14:57:39.449268+00
3411	3	3178	2026-12-03 14:57:39.449268+00
3412	3	3179	2026-12-03 14:57:39.449268+00
3413	3	3180	2026-12-03 14:57:39.449268+00
3414	3	3181	2026-12-03 14:57:39.449268+00
3415	3	3182	2026-12-03 14:57:39.449268+00
3416	3	3183	2026-12-03 14:57:39.449268+00
3417	3	3184	2026-12-03 14:57:39.449268+00
3418	3	3185	2026-12-03 14:57:39.449268+00
3419	3	3186	2026-12-03 14:57:39.449268+00
3420	3	3187	2026-12-03 14:57:39.449268+00
3421	3	3188	2026-12-03 14:57:39.449268+00
3422	3	3189	2026-12-03 14:57:39.449268+00
3423	3	3190	2026-12-03 14:57:39.449268+00
3424	3	3191	2026-12-03 14:57:39.449268+00
3425	3	3192	2026-12-03 14:57:39.449268+00
3426	3	3193	2026-12-03 14:57:39.449268+00
3427	3	3194	2026-12-03 14:57:39.449268+00
3428	3	3195	2026-12-03 14:57:39.449268+00
3429	3	3196	2026-12-03 14:57:39.449268+00
3430	3	3197	2026-12-03 14:57:39.449268+00
3431	3	3198	2026-12-03 14:57:39.449268+00
3432	3	3199	2026-12-03 14:57:39.449268+00
3433	3	3200	2026-12-03 14:57:39.449268+00
3434	3	3201	2026-12-03 14:57:39.449268+00
3435	3	3202	2026-12-03 14:57:39.449268+00
3436	3	3203	2026-12-03 14:57:39.449268+00
3437	3	3204	2026-12-03 14:57:39.449268+00
3438	3	3205	2026-12-03 14:57:39.449268+00
3439	3	3206	2026-12-03 14:57:39.449268+00
3440	3	3207	2026-12-03 14:57:39.449268+00
3441	3	3208	2026-12-03 14:57:39.449268+00
3442	3	3209	2026-12-03 14:57:39.449268+00
3443	3	3210	2026-12-03 14:57:39.449268+00
3444	3	3211	2026-12-03 14:57:39.449268+00
3445	3	3212	2026-12-03 14:57:39.449268+00
3446	3	3213	2026-12-03 14:57:39.449268+00
3447	3	3214	2026-12-03 14:57:39.449268+00
3448	3	3215	2026-12-03 14:57:39.449268+00
3449	3	3216	2026-12-03 14:57:39.449268+00
3450	3	3217	2026-12-03 14:57:39.449268+00
3451	3	3218	2026-12-03 14:57:39.449268+00
3452	3	3219	2026-12-03 14:57:39.449268+00
3453	3	3220	2026-12-03 14:57:39.449268+00
3454	3	3221	2026-12-03 14:57:39.449268+00
3455	3	3222	2026-12-03 14:57:39.449268+00
3456	3	3223	2026-12-03 14:57:39.449268+00
3457	3	3224	2026-12-03 14:57:39.449268+00
3458	3	3226	2026-12-03 14:57:39.449268+00
3459	3	3227	2026-12-03 14:57:39.449268+00
3460	3	3228	2026-12-03 14:57:39.449268+00
3461	3	3229	2026-12-03 14:57:39.449268+00
3462	3	3230	2026-12-03 14:57:39.449268+00
3463	3	3231	2026-12-03 14:57:39.449268+00
3464	3	3232	2026-12-03 14:57:39.449268+00
3465	3	3233	2026-12-03 14:57:39.449268+00
3466	3	3234	2026-12-03 14:57:39.449268+00
3467	3	3235	2026-12-03 14:57:39.449268+00
3468	3	3236	2026-12-03 14:57:39.449268+00
3469	3	3237	2026-12-03 14:57:39.449268+00
3470	3	3238	2026-12-03 14:57:39.449268+00
3471	3	3239	2026-12-03 14:57:39.449268+00
3472	3	3240	2026-12-03 14:57:39.449268+00
3473	3	3241	2026-12-03 14:57:39.449268+00
3474	3	3242	2026-12-03 14:57:39.449268+00
3475	3	3243	2026-12-03 14:57:39.449268+00
3476	3	3244	2026-12-03 14:57:39.449268+00
3477	3	3245	2026-12-03 14:57:39.449268+00
3478	3	3246	2026-12-03 14:57:39.449268+00
3479	3	3247	2026-12-03 14:57:39.449268+00
3480	3	3248	2026-12-03 14:57:39.449268+00
3481	3	3249	2026-12-03 14:57:39.449268+00
3482	3	3250	2026-12-03 14:57:39.449268+00
3483	3	3251	2026-12-03 14:57:39.449268+00
3484	3	3252	2026-12-03 14:57:39.449268+00
3485	3	3337	2026-12-03 14:57:39.449268+00
3486	3	3338	2026-12-03 14:57:39.449268+00
3487	3	3339	2026-12-03 14:57:39.449268+00
3488	3	3340	2026-12-03 14:57:39.449268+00
3489	3	3341	2026-12-03 14:57:39.449268+00
3490	3	3342	2026-12-03 14:57:39.449268+00
3491	3	3343	2026-12-03 14:57:39.449268+00
3492	3	3344	2026-12-03 14:57:39.449268+00
3493	3	3345	2026-12-03 14:57:39.449268+00
3494	3	3346	2026-12-03 14:57:39.449268+00
3495	3	3347	2026-12-03 14:57:39.449268+00
3496	3	3348	2026-12-03 14:57:39.449268+00
3497	3	3360	2026-12-03 14:57:39.449268+00
3498	3	3361	2026-12-03 14:57:39.449268+00
3499	3	3362	2026-12-03 14:57:39.449268+00
3500	3	3363	2026-12-03 14:57:39.449268+00
3501	3	3364	2026-12-03 14:57:39.449268+00
3502	3	3428	2026-12-03 14:57:39.449268+00
3503	3	3429	2026-12-03 14:57:39.449268+00
3504	5	3	2026-12-03 14:57:39.449268+00
3505	5	4	2026-12-03 14:57:39.449268+00
3506	5	5	2026-12-03 14:57:39.449268+00
3507	5	23	2026-12-03 14:57:39.449268+00
3508	5	24	2026-12-03 14:57:39.449268+00
3509	5	25	2026-12-03 14:57:39.449268+00
3510	5	26	2026-12-03 14:57:39.449268+00
3511	5	27	2026-12-03 14:57:39.449268+00
3512	5	28	2026-12-03 14:57:39.449268+00
3513	5	29	2026-12-03 14:57:39.449268+00
3514	5	30	2026-12-03 14:57:39.449268+00
3515	5	31	2026-12-03 14:57:39.449268+00
3516	5	32	2026-12-03 14:57:39.449268+00
3517	5	33	2026-12-03 14:57:39.449268+00
3518	5	34	2026-12-03 14:57:39.449268+00
3519	5	35	2026-12-03 14:57:39.449268+00
3520	5	36	2026-12-03 14:57:39.449268+00
3521	5	37	2026-12-03 14:57:39.449268+00
3522	5	38	2026-12-03 14:57:39.449268+00
3523	5	39	2026-12-03 14:57:39.449268+00
3524	5	40	2026-12-03 14:57:39.449268+00
3525	5	41	2026-12-03 14:57:39.449268+00
3526	5	42	2026-12-03 14:57:39.449268+00
3527	5	43	2026-12-03 14:57:39.449268+00
3528	5	44	2026-12-03 14:57:39.449268+00
3529	5	45	2026-12-03 14:57:39.449268+00
3530	5	46	2026-12-03 14:57:39.449268+00
3531	5	47	2026-12-03 14:57:39.449268+00
3532	5	48	2026-12-03 14:57:39.449268+00
3533	5	49	2026-12-03 14:57:39.449268+00
3534	5	50	2026-12-03 14:57:39.449268+00
3535	5	51	2026-12-03 14:57:39.449268+00
3536	5	52	2026-12-03 14:57:39.449268+00
3537	5	53	2026-12-03 14:57:39.449268+00
3538	5	54	2026-12-03 14:57:39.449268+00
3539	5	55	2026-12-03 14:57:39.449268+00
3540	5	56	2026-12-03 14:57:39.449268+00
3541	5	57	2026-12-03 14:57:39.449268+00
3542	5	58	2026-12-03 14:57:39.449268+00
3543	5	59	2026-12-03 14:57:39.449268+00
3544	5	60	2026-12-03 14:57:39.449268+00
3545	5	61	2026-12-03 14:57:39.449268+00
3546	5	62	2026-12-03 14:57:39.449268+00
3547	5	77	2026-12-03 14:57:39.449268+00
3548	5	78	2026-12-03 14:57:39.449268+00
3549	5	79	2026-12-03 14:57:39.449268+00
3550	5	80	2026-12-03 14:57:39.449268+00
3551	5	81	2026-12-03 14:57:39.449268+00
3552	5	82	2026-12-03 14:57:39.449268+00
3553	5	83	2026-12-03 14:57:39.449268+00
3554	5	84	2026-12-03 14:57:39.449268+00
3555	5	111	2026-12-03 14:57:39.449268+00
3556	5	112	2026-12-03 14:57:39.449268+00
3557	5	113	2026-12-03 14:57:39.449268+00
3558	5	114	2026-12-03 14:57:39.449268+00
3559	5	115	2026-12-03 14:57:39.449268+00
3560	5	116	2026-12-03 14:57:39.449268+00
3561	5	117	2026-12-03 14:57:39.449268+00
3562	5	118	2026-12-03 14:57:39.449268+00
3563	5	119	2026-12-03 14:57:39.449268+00
3564	5	120	2026-12-03 14:57:39.449268+00
3565	5	121	2026-12-03 14:57:39.449268+00
3566	5	122	2026-12-03 14:57:39.449268+00
3567	5	166	2026-12-03 14:57:39.449268+00
3568	5	167	2026-12-03 14:57:39.449268+00
3569	5	168	2026-12-03 14:57:39.449268+00
3570	5	169	2026-12-03 14:57:39.449268+00
3571	5	170	2026-12-03 14:57:39.449268+00
3572	5	171	2026-12-03 14:57:39.449268+00
3573	5	172	2026-12-03 14:57:39.449268+00
3574	5	173	2026-12-03 14:57:39.449268+00
3575	5	174	2026-12-03 14:57:39.449268+00
3576	5	175	2026-12-03 14:57:39.449268+00
3577	5	176	2026-12-03 14:57:39.449268+00
3578	5	177	2026-12-03 14:57:39.449268+00
3579	5	178	2026-12-03 14:57:39.449268+00
3580	5	179	2026-12-03 14:57:39.449268+00
3581	5	180	2026-12-03 14:57:39.449268+00
3582	5	181	2026-12-03 14:57:39.449268+00
3583	5	182	2026-12-03 14:57:39.449268+00
3584	5	183	2026-12-03 14:57:39.449268+00
3585	5	184	2026-12-03 14:57:39.449268+00
3586	5	185	2026-12-03 14:57:39.449268+00
3587	5	186	2026-12-03 14:57:39.449268+00
3588	5	187	2026-12-03 14:57:39.449268+00
3589	5	188	2026-12-03 14:57:39.449268+00
3590	5	189	2026-12-03 14:57:39.449268+00
3591	5	190	2026-12-03 14:57:39.449268+00
3592	5	191	2026-12-03 14:57:39.449268+00
3593	5	192	2026-12-03 14:57:39.449268+00
3594	5	193	2026-12-03 14:57:39.449268+00
3595	5	205	2026-12-03 14:57:39.449268+00
3596	5	206	2026-12-03 14:57:39.449268+00
3597	5	207	2026-12-03 14:57:39.449268+00
3598	5	208	2026-12-03 14:57:39.449268+00
3599	5	209	2026-12-03 14:57:39.449268+00
3600	5	210	2026-12-03 14:57:39.449268+00
3601	5	211	2026-12-03 14:57:39.449268+00
3602	5	212	2026-12-03 14:57:39.449268+00
3603	5	213	2026-12-03 14:57:39.449268+00
3604	5	214	2026-12-03 14:57:39.449268+00
3605	5	215	2026-12-03 14:57:39.449268+00
3606	5	216	2026-12-03 14:57:39.449268+00
3607	5	217	2026-12-03 14:57:39.449268+00
3608	5	218	2026-12-03 14:57:39.449268+00
3609	5	219	2026-12-03 14:57:39.449268+00
3610	5	220	2026-12-03 14:57:39.449268+00
3611	5	221	2026-12-03 14:57:39.449268+00
3612	5	222	2026-12-03 14:57:39.449268+00
3613	5	246	2026-12-03 14:57:39.449268+00
3614	5	247	2026-12-03 14:57:39.449268+00
3615	5	248	2026-12-03 14:57:39.449268+00
3616	5	249	2026-12-03 14:57:39.449268+00
3617	5	250	2026-12-03 14:57:39.449268+00
3618	5	251	2026-12-03 14:57:39.449268+00
3619	5	252	2026-12-03 14:57:39.449268+00
3620	5	253	2026-12-03 14:57:39.449268+00
3621	5	254	2026-12-03 14:57:39.449268+00
3622	5	255	2026-12-03 14:57:39.449268+00
3623	5	256	2026-12-03 14:57:39.449268+00
3624	5	257	2026-12-03 14:57:39.449268+00
3625	5	258	2026-12-03 14:57:39.449268+00
3626	5	259	2026-12-03 14:57:39.449268+00
3627	5	260	2026-12-03 14:57:39.449268+00
3628	5	261	2026-12-03 14:57:39.449268+00
3629	5	262	2026-12-03 14:57:39.449268+00
3630	5	263	2026-12-03 14:57:39.449268+00
3631	5	264	2026-12-03 14:57:39.449268+00
3632	5	265	2026-12-03 14:57:39.449268+00
3633	5	266	2026-12-03 14:57:39.449268+00
3634	5	267	2026-12-03 14:57:39.449268+00
3635	5	268	2026-12-03 14:57:39.449268+00
3636	5	269	2026-12-03 14:57:39.449268+00
3637	5	270	2026-12-03 14:57:39.449268+00
3638	5	271	2026-12-03 14:57:39.449268+00
3639	5	272	2026-12-03 14:57:39.449268+00
3640	5	273	2026-12-03 14:57:39.449268+00
3641	5	274	2026-12-03 14:57:39.449268+00
3642	5	275	2026-12-03 14:57:39.449268+00
3643	5	276	2026-12-03 14:57:39.449268+00
3644	5	277	2026-12-03 14:57:39.449268+00
3645	5	278	2026-12-03 14:57:39.449268+00
3646	5	279	2026-12-03 14:57:39.449268+00
3647	5	280	2026-12-03 14:57:39.449268+00
3648	5	281	2026-12-03 14:57:39.449268+00
3649	5	299	2026-12-03 14:57:39.449268+00
3650	5	300	2026-12-03 14:57:39.449268+00
3651	5	301	2026-12-03 14:57:39.449268+00
3652	5	302	2026-12-03 14:57:39.449268+00
3653	5	303	2026-12-03 14:57:39.449268+00
3654	5	304	2026-12-03 14:57:39.449268+00
3655	5	305	2026-12-03 14:57:39.449268+00
3656	5	306	2026-12-03 14:57:39.449268+00
3657	5	307	2026-12-03 14:57:39.449268+00
3658	5	308	2026-12-03 14:57:39.449268+00
3659	5	309	2026-12-03 14:57:39.449268+00
3660	5	310	2026-12-03 14:57:39.449268+00
3661	5	311	2026-12-03 14:57:39.449268+00
3662	5	312	2026-12-03 14:57:39.449268+00
3663	5	337	2026-12-03 14:57:39.449268+00
3664	5	338	2026-12-03 14:57:39.449268+00
3665	5	339	2026-12-03 14:57:39.449268+00
3666	5	340	2026-12-03 14:57:39.449268+00
3667	5	341	2026-12-03 14:57:39.449268+00
3668	5	342	2026-12-03 14:57:39.449268+00
3669	5	343	2026-12-03 14:57:39.449268+00
3670	5	344	2026-12-03 14:57:39.449268+00
3671	5	345	2026-12-03 14:57:39.449268+00
3672	5	346	2026-12-03 14:57:39.449268+00
3673	5	347	2026-12-03 14:57:39.449268+00
3674	5	348	2026-12-03 14:57:39.449268+00
3675	5	349	2026-12-03 14:57:39.449268+00
3676	5	350	2026-12-03 14:57:39.449268+00
3677	5	408	2026-12-03 14:57:39.449268+00
3678	5	409	2026-12-03 14:57:39.449268+00
3679	5	410	2026-12-03 14:57:39.449268+00
3680	5	411	2026-12-03 14:57:39.449268+00
3681	5	412	2026-12-03 14:57:39.449268+00
3682	5	413	2026-12-03 14:57:39.449268+00
3683	5	414	2026-12-03 14:57:39.449268+00
3684	5	415	2026-12-03 14:57:39.449268+00
3685	5	416	2026-12-03 14:57:39.449268+00
3686	5	417	2026-12-03 14:57:39.449268+00
3687	5	418	2026-12-03 14:57:39.449268+00
3688	5	424	2026-12-03 14:57:39.449268+00
3689	5	428	2026-12-03 14:57:39.449268+00
3690	5	430	2026-12-03 14:57:39.449268+00
3691	5	434	2026-12-03 14:57:39.449268+00
3692	5	436	2026-12-03 14:57:39.449268+00
3693	5	437	2026-12-03 14:57:39.449268+00
3694	5	438	2026-12-03 14:57:39.449268+00
3695	5	439	2026-12-03 14:57:39.449268+00
3696	5	440	2026-12-03 14:57:39.449268+00
3697	5	441	2026-12-03 14:57:39.449268+00
3698	5	442	2026-12-03 14:57:39.449268+00
3699	5	443	2026-12-03 14:57:39.449268+00
3700	5	444	2026-12-03 14:57:39.449268+00
3701	5	445	2026-12-03 14:57:39.449268+00
3702	5	446	2026-12-03 14:57:39.449268+00
3703	5	447	2026-12-03 14:57:39.449268+00
3704	5	448	2026-12-03 14:57:39.449268+00
3705	5	449	2026-12-03 14:57:39.449268+00
3706	5	450	2026-12-03 14:57:39.449268+00
3707	5	451	2026-12-03 14:57:39.449268+00
3708	5	453	2026-12-03 14:57:39.449268+00
3709	5	454	2026-12-03 14:57:39.449268+00
3710	5	455	2026-12-03 14:57:39.449268+00
3711	5	456	2026-12-03 14:57:39.449268+00
3712	5	457	2026-12-03 14:57:39.449268+00
3713	5	458	2026-12-03 14:57:39.449268+00
3714	5	459	2026-12-03 14:57:39.449268+00
3715	5	460	2026-12-03 14:57:39.449268+00
3716	5	461	2026-12-03 14:57:39.449268+00
3717	5	462	2026-12-03 14:57:39.449268+00
3718	5	463	2026-12-03 14:57:39.449268+00
3719	5	464	2026-12-03 14:57:39.449268+00
3720	5	465	2026-12-03 14:57:39.449268+00
3721	5	466	2026-12-03 14:57:39.449268+00
3722	5	467	2026-12-03 14:57:39.449268+00
3723	5	470	2026-12-03 14:57:39.449268+00
3724	5	471	2026-12-03 14:57:39.449268+00
3725	5	472	2026-12-03 14:57:39.449268+00
3726	5	473	2026-12-03 14:57:39.449268+00
3727	5	474	2026-12-03 14:57:39.449268+00
3728	5	475	2026-12-03 14:57:39.449268+00
3729	5	476	2026-12-03 14:57:39.449268+00
3730	5	477	2026-12-03 14:57:39.449268+00
3731	5	478	2026-12-03 14:57:39.449268+00
3732	5	479	2026-12-03 14:57:39.449268+00
3733	5	480	2026-12-03 14:57:39.449268+00
3734	5	481	2026-12-03 14:57:39.449268+00
3735	5	482	2026-12-03 14:57:39.449268+00
3736	5	483	2026-12-03 14:57:39.449268+00
3737	5	484	2026-12-03 14:57:39.449268+00
3738	5	501	2026-12-03 14:57:39.449268+00
3739	5	502	2026-12-03 14:57:39.449268+00
3740	5	503	2026-12-03 14:57:39.449268+00
3741	5	504	2026-12-03 14:57:39.449268+00
3742	5	505	2026-12-03 14:57:39.449268+00
3743	5	506	2026-12-03 14:57:39.449268+00
3744	5	507	2026-12-03 14:57:39.449268+00
3745	5	508	2026-12-03 14:57:39.449268+00
3746	5	509	2026-12-03 14:57:39.449268+00
3747	5	510	2026-12-03 14:57:39.449268+00
3748	5	511	2026-12-03 14:57:39.449268+00
3749	5	512	2026-12-03 14:57:39.449268+00
3750	5	513	2026-12-03 14:57:39.449268+00
3751	5	514	2026-12-03 14:57:39.449268+00
3752	5	515	2026-12-03 14:57:39.449268+00
3753	5	516	2026-12-03 14:57:39.449268+00
3754	5	517	2026-12-03 14:57:39.449268+00
3755	5	518	2026-12-03 14:57:39.449268+00
3756	5	519	2026-12-03 14:57:39.449268+00
3757	5	520	2026-12-03 14:57:39.449268+00
3758	5	521	2026-12-03 14:57:39.449268+00
3759	5	522	2026-12-03 14:57:39.449268+00
3760	5	523	2026-12-03 14:57:39.449268+00
3761	5	524	2026-12-03 14:57:39.449268+00
3762	5	525	2026-12-03 14:57:39.449268+00
3763	5	526	2026-12-03 14:57:39.449268+00
3764	5	527	2026-12-03 14:57:39.449268+00
3765	5	528	2026-12-03 14:57:39.449268+00
3766	5	570	2026-12-03 14:57:39.449268+00
3767	5	571	2026-12-03 14:57:39.449268+00
3768	5	572	2026-12-03 14:57:39.449268+00
3769	5	573	2026-12-03 14:57:39.449268+00
3770	5	574	2026-12-03 14:57:39.449268+00
3771	5	575	2026-12-03 14:57:39.449268+00
3772	5	576	2026-12-03 14:57:39.449268+00
3773	5	577	2026-12-03 14:57:39.449268+00
3774	5	578	2026-12-03 14:57:39.449268+00
3775	5	579	2026-12-03 14:57:39.449268+00
3776	5	580	2026-12-03 14:57:39.449268+00
3777	5	581	2026-12-03 14:57:39.449268+00
3778	5	582	2026-12-03 14:57:39.449268+00
3779	5	583	2026-12-03 14:57:39.449268+00
3780	5	584	2026-12-03 14:57:39.449268+00
3781	5	585	2026-12-03 14:57:39.449268+00
3782	5	586	2026-12-03 14:57:39.449268+00
3783	5	587	2026-12-03 14:57:39.449268+00
3784	5	588	2026-12-03 14:57:39.449268+00
3785	5	589	2026-12-03 14:57:39.449268+00
3786	5	590	2026-12-03 14:57:39.449268+00
3787	5	591	2026-12-03 14:57:39.449268+00
3788	5	592	2026-12-03 14:57:39.449268+00
3789	5	593	2026-12-03 14:57:39.449268+00
3790	5	594	2026-12-03 14:57:39.449268+00
3791	5	595	2026-12-03 14:57:39.449268+00
3792	5	596	2026-12-03 14:57:39.449268+00
3793	5	768	2026-12-03 14:57:39.449268+00
3794	5	769	2026-12-03 14:57:39.449268+00
3795	5	770	2026-12-03 14:57:39.449268+00
3796	5	771	2026-12-03 14:57:39.449268+00
3797	5	772	2026-12-03 14:57:39.449268+00
3798	5	773	2026-12-03 14:57:39.449268+00
3799	5	774	2026-12-03 14:57:39.449268+00
3800	5	775	2026-12-03 14:57:39.449268+00
3801	5	776	2026-12-03 14:57:39.449268+00
3802	5	777	2026-12-03 14:57:39.449268+00
3803	5	778	2026-12-03 14:57:39.449268+00
3804	5	786	2026-12-03 14:57:39.449268+00
3805	5	787	2026-12-03 14:57:39.449268+00
3806	5	788	2026-12-03 14:57:39.449268+00
3807	5	789	2026-12-03 14:57:39.449268+00
3808	5	790	2026-12-03 14:57:39.449268+00
3809	5	791	2026-12-03 14:57:39.449268+00
3810	5	792	2026-12-03 14:57:39.449268+00
3811	5	793	2026-12-03 14:57:39.449268+00
3812	5	794	2026-12-03 14:57:39.449268+00
3813	5	795	2026-12-03 14:57:39.449268+00
3814	5	796	2026-12-03 14:57:39.449268+00
3815	5	797	2026-12-03 14:57:39.449268+00
3816	5	798	2026-12-03 14:57:39.449268+00
3817	5	799	2026-12-03 14:57:39.449268+00
3818	5	800	2026-12-03 14:57:39.449268+00
3819	5	801	2026-12-03 14:57:39.449268+00
3820	5	802	2026-12-03 14:57:39.449268+00
3821	5	803	2026-12-03 14:57:39.449268+00
3822	5	804	2026-12-03 14:57:39.449268+00
3823	5	805	2026-12-03 14:57:39.449268+00
3824	5	806	2026-12-03 14:57:39.449268+00
3825	5	816	2026-12-03 14:57:39.449268+00
3826	5	817	2026-12-03 14:57:39.449268+00
3827	5	818	2026-12-03 14:57:39.449268+00
3828	5	819	2026-12-03 14:57:39.449268+00
3829	5	820	2026-12-03 14:57:39.449268+00
3830	5	821	2026-12-03 14:57:39.449268+00
3831	5	822	2026-12-03 14:57:39.449268+00
3832	5	823	2026-12-03 14:57:39.449268+00
3833	5	824	2026-12-03 14:57:39.449268+00
3834	5	825	2026-12-03 14:57:39.449268+00
3835	5	826	2026-12-03 14:57:39.449268+00
3836	5	827	2026-12-03 14:57:39.449268+00
3837	5	828	2026-12-03 14:57:39.449268+00
3838	5	829	2026-12-03 14:57:39.449268+00
3839	5	830	2026-12-03 14:57:39.449268+00
3840	5	831	2026-12-03 14:57:39.449268+00
3841	5	832	2026-12-03 14:57:39.449268+00
3842	5	833	2026-12-03 14:57:39.449268+00
3843	5	834	2026-12-03 14:57:39.449268+00
3844	5	835	2026-12-03 14:57:39.449268+00
3845	5	836	2026-12-03 14:57:39.449268+00
3846	5	837	2026-12-03 14:57:39.449268+00
3847	5	838	2026-12-03 14:57:39.449268+00
3848	5	839	2026-12-03 14:57:39.449268+00
3849	5	840	2026-12-03 14:57:39.449268+00
3850	5	841	2026-12-03 14:57:39.449268+00
3851	5	851	2026-12-03 14:57:39.449268+00
3852	5	852	2026-12-03 14:57:39.449268+00
3853	5	853	2026-12-03 14:57:39.449268+00
3854	5	854	2026-12-03 14:57:39.449268+00
3855	5	855	2026-12-03 14:57:39.449268+00
3856	5	856	2026-12-03 14:57:39.449268+00
3857	5	857	2026-12-03 14:57:39.449268+00
3858	5	858	2026-12-03 14:57:39.449268+00
3859	5	859	2026-12-03 14:57:39.449268+00
3860	5	860	2026-12-03 14:57:39.449268+00
3861	5	861	2026-12-03 14:57:39.449268+00
3862	5	862	2026-12-03 14:57:39.449268+00
3863	5	863	2026-12-03 14:57:39.449268+00
3864	5	864	2026-12-03 14:57:39.449268+00
3865	5	865	2026-12-03 14:57:39.449268+00
3866	5	866	2026-12-03 14:57:39.449268+00
3867	5	867	2026-12-03 14:57:39.449268+00
3868	5	868	2026-12-03 14:57:39.449268+00
3869	5	869	2026-12-03 14:57:39.449268+00
3870	5	870	2026-12-03 14:57:39.449268+00
3871	5	871	2026-12-03 14:57:39.449268+00
3872	5	872	2026-12-03 14:57:39.449268+00
3873	5	873	2026-12-03 14:57:39.449268+00
3874	5	874	2026-12-03 14:57:39.449268+00
3875	5	875	2026-12-03 14:57:39.449268+00
3876	5	876	2026-12-03 14:57:39.449268+00
3877	5	891	2026-12-03 14:57:39.449268+00
3878	5	892	2026-12-03 14:57:39.449268+00
3879	5	893	2026-12-03 14:57:39.449268+00
3880	5	894	2026-12-03 14:57:39.449268+00
3881	5	895	2026-12-03 14:57:39.449268+00
3882	5	896	2026-12-03 14:57:39.449268+00
3883	5	897	2026-12-03 14:57:39.449268+00
3884	5	898	2026-12-03 14:57:39.449268+00
3885	5	899	2026-12-03 14:57:39.449268+00
3886	5	900	2026-12-03 14:57:39.449268+00
3887	5	901	2026-12-03 14:57:39.449268+00
3888	5	902	2026-12-03 14:57:39.449268+00
3889	5	903	2026-12-03 14:57:39.449268+00
3890	5	904	2026-12-03 14:57:39.449268+00
3891	5	905	2026-12-03 14:57:39.449268+00
3892	5	906	2026-12-03 14:57:39.449268+00
3893	5	907	2026-12-03 14:57:39.449268+00
3894	5	908	2026-12-03 14:57:39.449268+00
3895	5	909	2026-12-03 14:57:39.449268+00
3896	5	910	2026-12-03 14:57:39.449268+00
3897	5	911	2026-12-03 14:57:39.449268+00
3898	5	912	2026-12-03 14:57:39.449268+00
3899	5	913	2026-12-03 14:57:39.449268+00
3900	5	914	2026-12-03 14:57:39.449268+00
3901	5	915	2026-12-03 14:57:39.449268+00
3902	5	916	2026-12-03 14:57:39.449268+00
3903	5	917	2026-12-03 14:57:39.449268+00
3904	5	918	2026-12-03 14:57:39.449268+00
3905	5	919	2026-12-03 14:57:39.449268+00
3906	5	920	2026-12-03 14:57:39.449268+00
3907	5	921	2026-12-03 14:57:39.449268+00
3908	5	922	2026-12-03 14:57:39.449268+00
3909	5	923	2026-12-03 14:57:39.449268+00
3910	5	924	2026-12-03 14:57:39.449268+00
3911	5	925	2026-12-03 14:57:39.449268+00
3912	5	926	2026-12-03 14:57:39.449268+00
3913	5	927	2026-12-03 14:57:39.449268+00
3914	5	928	2026-12-03 14:57:39.449268+00
3915	5	929	2026-12-03 14:57:39.449268+00
3916	5	930	2026-12-03 14:57:39.449268+00
3917	5	931	2026-12-03 14:57:39.449268+00
3918	5	932	2026-12-03 14:57:39.449268+00
3919	5	933	2026-12-03 14:57:39.449268+00
3920	5	934	2026-12-03 14:57:39.449268+00
3921	5	935	2026-12-03 14:57:39.449268+00
3922	5	936	2026-12-03 14:57:39.449268+00
3923	5	937	2026-12-03 14:57:39.449268+00
3924	5	938	2026-12-03 14:57:39.449268+00
3925	5	939	2026-12-03 14:57:39.449268+00
3926	5	940	2026-12-03 14:57:39.449268+00
3927	5	941	2026-12-03 14:57:39.449268+00
3928	5	942	2026-12-03 14:57:39.449268+00
3929	5	943	2026-12-03 14:57:39.449268+00
3930	5	944	2026-12-03 14:57:39.449268+00
3931	5	945	2026-12-03 14:57:39.449268+00
3932	5	946	2026-12-03 14:57:39.449268+00
3933	5	947	2026-12-03 14:57:39.449268+00
3934	5	948	2026-12-03 14:57:39.449268+00
3935	5	949	2026-12-03 14:57:39.449268+00
3936	5	950	2026-12-03 14:57:39.449268+00
3937	5	951	2026-12-03 14:57:39.449268+00
3938	5	952	2026-12-03 14:57:39.449268+00
3939	5	953	2026-12-03 14:57:39.449268+00
3940	5	954	2026-12-03 14:57:39.449268+00
3941	5	955	2026-12-03 14:57:39.449268+00
3942	5	956	2026-12-03 14:57:39.449268+00
3943	5	957	2026-12-03 14:57:39.449268+00
3944	5	958	2026-12-03 14:57:39.449268+00
3945	5	959	2026-12-03 14:57:39.449268+00
3946	5	960	2026-12-03 14:57:39.449268+00
3947	5	961	2026-12-03 14:57:39.449268+00
3948	5	962	2026-12-03 14:57:39.449268+00
3949	5	963	2026-12-03 14:57:39.449268+00
3950	5	976	2026-12-03 14:57:39.449268+00
3951	5	977	2026-12-03 14:57:39.449268+00
3952	5	978	2026-12-03 14:57:39.449268+00
3953	5	979	2026-12-03 14:57:39.449268+00
3954	5	984	2026-12-03 14:57:39.449268+00
3955	5	1020	2026-12-03 14:57:39.449268+00
3956	5	1021	2026-12-03 14:57:39.449268+00
3957	5	1022	2026-12-03 14:57:39.449268+00
3958	5	1023	2026-12-03 14:57:39.449268+00
3959	5	1024	2026-12-03 14:57:39.449268+00
3960	5	1025	2026-12-03 14:57:39.449268+00
3961	5	1026	2026-12-03 14:57:39.449268+00
3962	5	1027	2026-12-03 14:57:39.449268+00
3963	5	1028	2026-12-03 14:57:39.449268+00
3964	5	1029	2026-12-03 14:57:39.449268+00
3965	5	1030	2026-12-03 14:57:39.449268+00
3966	5	1031	2026-12-03 14:57:39.449268+00
3967	5	1032	2026-12-03 14:57:39.449268+00
3968	5	1057	2026-12-03 14:57:39.449268+00
3969	5	1058	2026-12-03 14:57:39.449268+00
3970	5	1059	2026-12-03 14:57:39.449268+00
3971	5	1060	2026-12-03 14:57:39.449268+00
3972	5	1061	2026-12-03 14:57:39.449268+00
3973	5	1062	2026-12-03 14:57:39.449268+00
3974	5	1063	2026-12-03 14:57:39.449268+00
3975	5	1064	2026-12-03 14:57:39.449268+00
3976	5	1065	2026-12-03 14:57:39.449268+00
3977	5	1066	2026-12-03 14:57:39.449268+00
3978	5	1067	2026-12-03 14:57:39.449268+00
3979	5	1068	2026-12-03 14:57:39.449268+00
3980	5	1069	2026-12-03 14:57:39.449268+00
3981	5	1070	2026-12-03 14:57:39.449268+00
3982	5	1071	2026-12-03 14:57:39.449268+00
3983	5	1072	2026-12-03 14:57:39.449268+00
3984	5	1087	2026-12-03 14:57:39.449268+00
3985	5	1088	2026-12-03 14:57:39.449268+00
3986	5	1089	2026-12-03 14:57:39.449268+00
3987	5	1090	2026-12-03 14:57:39.449268+00
3988	5	1091	2026-12-03 14:57:39.449268+00
3989	5	1092	2026-12-03 14:57:39.449268+00
3990	5	1093	2026-12-03 14:57:39.449268+00
3991	5	1094	2026-12-03 14:57:39.449268+00
3992	5	1095	2026-12-03 14:57:39.449268+00
3993	5	1096	2026-12-03 14:57:39.449268+00
3994	5	1097	2026-12-03 14:57:39.449268+00
3995	5	1098	2026-12-03 14:57:39.449268+00
3996	5	1099	2026-12-03 14:57:39.449268+00
3997	5	1100	2026-12-03 14:57:39.449268+00
3998	5	1101	2026-12-03 14:57:39.449268+00
3999	5	1105	2026-12-03 14:57:39.449268+00
4000	5	1106	2026-12-03 14:57:39.449268+00
4001	5	1107	2026-12-03 14:57:39.449268+00
4002	5	1108	2026-12-03 14:57:39.449268+00
4003	5	1109	2026-12-03 14:57:39.449268+00
4004	5	1110	2026-12-03 14:57:39.449268+00
4005	5	1111	2026-12-03 14:57:39.449268+00
4006	5	1112	2026-12-03 14:57:39.449268+00
4007	5	1113	2026-12-03 14:57:39.449268+00
4008	5	1114	2026-12-03 14:57:39.449268+00
4009	5	1115	2026-12-03 14:57:39.449268+00
4010	5	1116	2026-12-03 14:57:39.449268+00
4011	5	1117	2026-12-03 14:57:39.449268+00
4012	5	1118	2026-12-03 14:57:39.449268+00
4013	5	1119	2026-12-03 14:57:39.449268+00
4014	5	1120	2026-12-03 14:57:39.449268+00
4015	5	1158	2026-12-03 14:57:39.449268+00
4016	5	1159	2026-12-03 14:57:39.449268+00
4017	5	1160	2026-12-03 14:57:39.449268+00
4018	5	1161	2026-12-03 14:57:39.449268+00
4019	5	1162	2026-12-03 14:57:39.449268+00
4020	5	1163	2026-12-03 14:57:39.449268+00
4021	5	1164	2026-12-03 14:57:39.449268+00
4022	5	1165	2026-12-03 14:57:39.449268+00
4023	5	1166	2026-12-03 14:57:39.449268+00
4024	5	1167	2026-12-03 14:57:39.449268+00
4025	5	1168	2026-12-03 14:57:39.449268+00
4026	5	1169	2026-12-03 14:57:39.449268+00
4027	5	1170	2026-12-03 14:57:39.449268+00
4028	5	1171	2026-12-03 14:57:39.449268+00
4029	5	1172	2026-12-03 14:57:39.449268+00
4030	5	1173	2026-12-03 14:57:39.449268+00
4031	5	1174	2026-12-03 14:57:39.449268+00
4032	5	1175	2026-12-03 14:57:39.449268+00
4033	5	1176	2026-12-03 14:57:39.449268+00
4034	5	1177	2026-12-03 14:57:39.449268+00
4035	5	1178	2026-12-03 14:57:39.449268+00
4036	5	1179	2026-12-03 14:57:39.449268+00
4037	5	1180	2026-12-03 14:57:39.449268+00
4038	5	1181	2026-12-03 14:57:39.449268+00
4039	5	1182	2026-12-03 14:57:39.449268+00
4040	5	1183	2026-12-03 14:57:39.449268+00
4041	5	1184	2026-12-03 14:57:39.449268+00
4042	5	1185	2026-12-03 14:57:39.449268+00
4043	5	1186	2026-12-03 14:57:39.449268+00
4044	5	1187	2026-12-03 14:57:39.449268+00
4045	5	1188	2026-12-03 14:57:39.449268+00
4046	5	1189	2026-12-03 14:57:39.449268+00
4047	5	1190	2026-12-03 14:57:39.449268+00
4048	5	1191	2026-12-03 14:57:39.449268+00
4049	5	1192	2026-12-03 14:57:39.449268+00
4050	5	1193	2026-12-03 14:57:39.449268+00
4051	5	1194	2026-12-03 14:57:39.449268+00
4052	5	1195	2026-12-03 14:57:39.449268+00
4053	5	1196	2026-12-03 14:57:39.449268+00
4054	5	1197	2026-12-03 14:57:39.449268+00
4055	5	1198	2026-12-03 14:57:39.449268+00
4056	5	1199	2026-12-03 14:57:39.449268+00
4057	5	1200	2026-12-03 14:57:39.449268+00
4058	5	1212	2026-12-03 14:57:39.449268+00
4059	5	1213	2026-12-03 14:57:39.449268+00
4060	5	1214	2026-12-03 14:57:39.449268+00
4061	5	1215	2026-12-03 14:57:39.449268+00
4062	5	1216	2026-12-03 14:57:39.449268+00
4063	5	1217	2026-12-03 14:57:39.449268+00
4064	5	1218	2026-12-03 14:57:39.449268+00
4065	5	1219	2026-12-03 14:57:39.449268+00
4066	5	1220	2026-12-03 14:57:39.449268+00
4067	5	1221	2026-12-03 14:57:39.449268+00
4068	5	1222	2026-12-03 14:57:39.449268+00
4069	5	1223	2026-12-03 14:57:39.449268+00
4070	5	1224	2026-12-03 14:57:39.449268+00
4071	5	1225	2026-12-03 14:57:39.449268+00
4072	5	1226	2026-12-03 14:57:39.449268+00
4073	5	1227	2026-12-03 14:57:39.449268+00
4074	5	1228	2026-12-03 14:57:39.449268+00
4075	5	1229	2026-12-03 14:57:39.449268+00
4076	5	1230	2026-12-03 14:57:39.449268+00
4077	5	1231	2026-12-03 14:57:39.449268+00
4078	5	1232	2026-12-03 14:57:39.449268+00
4079	5	1233	2026-12-03 14:57:39.449268+00
4080	5	1234	2026-12-03 14:57:39.449268+00
4081	5	1256	2026-12-03 14:57:39.449268+00
4082	5	1257	2026-12-03 14:57:39.449268+00
4083	5	1258	2026-12-03 14:57:39.449268+00
4084	5	1259	2026-12-03 14:57:39.449268+00
4085	5	1260	2026-12-03 14:57:39.449268+00
4086	5	1261	2026-12-03 14:57:39.449268+00
4087	5	1262	2026-12-03 14:57:39.449268+00
4088	5	1263	2026-12-03 14:57:39.449268+00
4089	5	1264	2026-12-03 14:57:39.449268+00
4090	5	1265	2026-12-03 14:57:39.449268+00
4091	5	1266	2026-12-03 14:57:39.449268+00
4092	5	1267	2026-12-03 14:57:39.449268+00
4093	5	1305	2026-12-03 14:57:39.449268+00
4094	5	1306	2026-12-03 14:57:39.449268+00
4095	5	1307	2026-12-03 14:57:39.449268+00
4096	5	1308	2026-12-03 14:57:39.449268+00
4097	5	1309	2026-12-03 14:57:39.449268+00
4098	5	1310	2026-12-03 14:57:39.449268+00
4099	5	1311	2026-12-03 14:57:39.449268+00
4100	5	1312	2026-12-03 14:57:39.449268+00
4101	5	1313	2026-12-03 14:57:39.449268+00
4102	5	1314	2026-12-03 14:57:39.449268+00
4103	5	1315	2026-12-03 14:57:39.449268+00
4104	5	1316	2026-12-03 14:57:39.449268+00
4105	5	1317	2026-12-03 14:57:39.449268+00
4106	5	1318	2026-12-03 14:57:39.449268+00
4107	5	1319	2026-12-03 14:57:39.449268+00
4108	5	1320	2026-12-03 14:57:39.449268+00
4109	5	1321	2026-12-03 14:57:39.449268+00
4110	5	1322	2026-12-03 14:57:39.449268+00
4111	5	1323	2026-12-03 14:57:39.449268+00
4112	5	1324	2026-12-03 14:57:39.449268+00
4113	5	1325	2026-12-03 14:57:39.449268+00
4114	5	1326	2026-12-03 14:57:39.449268+00
4115	5	1327	2026-12-03 14:57:39.449268+00
4116	5	1328	2026-12-03 14:57:39.449268+00
4117	5	1329	2026-12-03 14:57:39.449268+00
4118	5	1330	2026-12-03 14:57:39.449268+00
4119	5	1331	2026-12-03 14:57:39.449268+00
4120	5	1332	2026-12-03 14:57:39.449268+00
4121	5	1333	2026-12-03 14:57:39.449268+00
4122	5	1334	2026-12-03 14:57:39.449268+00
4123	5	1395	2026-12-03 14:57:39.449268+00
4124	5	1396	2026-12-03 14:57:39.449268+00
4125	5	1397	2026-12-03 14:57:39.449268+00
4126	5	1398	2026-12-03 14:57:39.449268+00
4127	5	1399	2026-12-03 14:57:39.449268+00
4128	5	1400	2026-12-03 14:57:39.449268+00
4129	5	1401	2026-12-03 14:57:39.449268+00
4130	5	1402	2026-12-03 14:57:39.449268+00
4131	5	1403	2026-12-03 14:57:39.449268+00
4132	5	1404	2026-12-03 14:57:39.449268+00
4133	5	1405	2026-12-03 14:57:39.449268+00
4134	5	1406	2026-12-03 14:57:39.449268+00
4135	5	1407	2026-12-03 14:57:39.449268+00
4136	5	1408	2026-12-03 14:57:39.449268+00
4137	5	1409	2026-12-03 14:57:39.449268+00
4138	5	1410	2026-12-03 14:57:39.449268+00
4139	5	1411	2026-12-03 14:57:39.449268+00
4140	5	1412	2026-12-03 14:57:39.449268+00
4141	5	1413	2026-12-03 14:57:39.449268+00
4142	5	1414	2026-12-03 14:57:39.449268+00
4143	5	1415	2026-12-03 14:57:39.449268+00
4144	5	1416	2026-12-03 14:57:39.449268+00
4145	5	1417	2026-12-03 14:57:39.449268+00
4146	5	1418	2026-12-03 14:57:39.449268+00
4147	5	1419	2026-12-03 14:57:39.449268+00
4148	5	1420	2026-12-03 14:57:39.449268+00
4149	5	1421	2026-12-03 14:57:39.449268+00
4150	5	1422	2026-12-03 14:57:39.449268+00
4151	5	1423	2026-12-03 14:57:39.449268+00
4152	5	1424	2026-12-03 14:57:39.449268+00
4153	5	1425	2026-12-03 14:57:39.449268+00
4154	5	1426	2026-12-03 14:57:39.449268+00
4155	5	1427	2026-12-03 14:57:39.449268+00
4156	5	1428	2026-12-03 14:57:39.449268+00
4157	5	1429	2026-12-03 14:57:39.449268+00
4158	5	1430	2026-12-03 14:57:39.449268+00
4159	5	1431	2026-12-03 14:57:39.449268+00
4160	5	1432	2026-12-03 14:57:39.449268+00
4161	5	1433	2026-12-03 14:57:39.449268+00
4162	5	1434	2026-12-03 14:57:39.449268+00
4163	5	1435	2026-12-03 14:57:39.449268+00
4164	5	1436	2026-12-03 14:57:39.449268+00
4165	5	1437	2026-12-03 14:57:39.449268+00
4166	5	1438	2026-12-03 14:57:39.449268+00
4167	5	1439	2026-12-03 14:57:39.449268+00
4168	5	1440	2026-12-03 14:57:39.449268+00
4169	5	1441	2026-12-03 14:57:39.449268+00
4170	5	1442	2026-12-03 14:57:39.449268+00
4171	5	1443	2026-12-03 14:57:39.449268+00
4172	5	1444	2026-12-03 14:57:39.449268+00
4173	5	1445	2026-12-03 14:57:39.449268+00
4174	5	1446	2026-12-03 14:57:39.449268+00
4175	5	1447	2026-12-03 14:57:39.449268+00
4176	5	1448	2026-12-03 14:57:39.449268+00
4177	5	1449	2026-12-03 14:57:39.449268+00
4178	5	1450	2026-12-03 14:57:39.449268+00
4179	5	1451	2026-12-03 14:57:39.449268+00
4180	5	1452	2026-12-03 14:57:39.449268+00
4181	5	1453	2026-12-03 14:57:39.449268+00
4182	5	1454	2026-12-03 14:57:39.449268+00
4183	5	1455	2026-12-03 14:57:39.449268+00
4184	5	1456	2026-12-03 14:57:39.449268+00
4185	5	1457	2026-12-03 14:57:39.449268+00
4186	5	1458	2026-12-03 14:57:39.449268+00
4187	5	1459	2026-12-03 14:57:39.449268+00
4188	5	1460	2026-12-03 14:57:39.449268+00
4189	5	1461	2026-12-03 14:57:39.449268+00
4190	5	1462	2026-12-03 14:57:39.449268+00
4191	5	1463	2026-12-03 14:57:39.449268+00
4192	5	1464	2026-12-03 14:57:39.449268+00
4193	5	1465	2026-12-03 14:57:39.449268+00
4194	5	1496	2026-12-03 14:57:39.449268+00
4195	5	1497	2026-12-03 14:57:39.449268+00
4196	5	1498	2026-12-03 14:57:39.449268+00
4197	5	1499	2026-12-03 14:57:39.449268+00
4198	5	1500	2026-12-03 14:57:39.449268+00
4199	5	1501	2026-12-03 14:57:39.449268+00
4200	5	1502	2026-12-03 14:57:39.449268+00
4201	5	1503	2026-12-03 14:57:39.449268+00
4202	5	1504	2026-12-03 14:57:39.449268+00
4203	5	1505	2026-12-03 14:57:39.449268+00
4204	5	1520	2026-12-03 14:57:39.449268+00
4205	5	1521	2026-12-03 14:57:39.449268+00
4206	5	1522	2026-12-03 14:57:39.449268+00
4207	5	1523	2026-12-03 14:57:39.449268+00
4208	5	1524	2026-12-03 14:57:39.449268+00
4209	5	1525	2026-12-03 14:57:39.449268+00
4210	5	1526	2026-12-03 14:57:39.449268+00
4211	5	1527	2026-12-03 14:57:39.449268+00
4212	5	1528	2026-12-03 14:57:39.449268+00
4213	5	1529	2026-12-03 14:57:39.449268+00
4214	5	1530	2026-12-03 14:57:39.449268+00
4215	5	1531	2026-12-03 14:57:39.449268+00
4216	5	1557	2026-12-03 14:57:39.449268+00
4217	5	1562	2026-12-03 14:57:39.449268+00
4218	5	1563	2026-12-03 14:57:39.449268+00
4219	5	1564	2026-12-03 14:57:39.449268+00
4220	5	1565	2026-12-03 14:57:39.449268+00
4221	5	1566	2026-12-03 14:57:39.449268+00
4222	5	1567	2026-12-03 14:57:39.449268+00
4223	5	1568	2026-12-03 14:57:39.449268+00
4224	5	1569	2026-12-03 14:57:39.449268+00
4225	5	1570	2026-12-03 14:57:39.449268+00
4226	5	1571	2026-12-03 14:57:39.449268+00
4227	5	1572	2026-12-03 14:57:39.449268+00
4228	5	1573	2026-12-03 14:57:39.449268+00
4229	5	1574	2026-12-03 14:57:39.449268+00
4230	5	1575	2026-12-03 14:57:39.449268+00
4231	5	1576	2026-12-03 14:57:39.449268+00
4232	5	1577	2026-12-03 14:57:39.449268+00
4233	5	1578	2026-12-03 14:57:39.449268+00
4234	5	1579	2026-12-03 14:57:39.449268+00
4235	5	1580	2026-12-03 14:57:39.449268+00
4236	5	1581	2026-12-03 14:57:39.449268+00
4237	5	1582	2026-12-03 14:57:39.449268+00
4238	5	1583	2026-12-03 14:57:39.449268+00
4239	5	1584	2026-12-03 14:57:39.449268+00
4240	5	1585	2026-12-03 14:57:39.449268+00
4241	5	1586	2026-12-03 14:57:39.449268+00
4242	5	1671	2026-12-03 14:57:39.449268+00
4243	5	1672	2026-12-03 14:57:39.449268+00
4244	5	1673	2026-12-03 14:57:39.449268+00
4245	5	1674	2026-12-03 14:57:39.449268+00
4246	5	1675	2026-12-03 14:57:39.449268+00
4247	5	1676	2026-12-03 14:57:39.449268+00
4248	5	1677	2026-12-03 14:57:39.449268+00
4249	5	1678	2026-12-03 14:57:39.449268+00
4250	5	1679	2026-12-03 14:57:39.449268+00
4251	5	1680	2026-12-03 14:57:39.449268+00
4252	5	1681	2026-12-03 14:57:39.449268+00
4253	5	1682	2026-12-03 14:57:39.449268+00
4254	5	1683	2026-12-03 14:57:39.449268+00
4255	5	1684	2026-12-03 14:57:39.449268+00
4256	5	1685	2026-12-03 14:57:39.449268+00
4257	5	1686	2026-12-03 14:57:39.449268+00
4258	5	1687	2026-12-03 14:57:39.449268+00
4259	5	1688	2026-12-03 14:57:39.449268+00
4260	5	1689	2026-12-03 14:57:39.449268+00
4261	5	1690	2026-12-03 14:57:39.449268+00
4262	5	1691	2026-12-03 14:57:39.449268+00
4263	5	1692	2026-12-03 14:57:39.449268+00
4264	5	1693	2026-12-03 14:57:39.449268+00
4265	5	1694	2026-12-03 14:57:39.449268+00
4266	5	1695	2026-12-03 14:57:39.449268+00
4267	5	1696	2026-12-03 14:57:39.449268+00
4268	5	1697	2026-12-03 14:57:39.449268+00
4269	5	1698	2026-12-03 14:57:39.449268+00
4270	5	1699	2026-12-03 14:57:39.449268+00
4271	5	1700	2026-12-03 14:57:39.449268+00
4272	5	1701	2026-12-03 14:57:39.449268+00
4273	5	1801	2026-12-03 14:57:39.449268+00
4274	5	1802	2026-12-03 14:57:39.449268+00
4275	5	1803	2026-12-03 14:57:39.449268+00
4276	5	1804	2026-12-03 14:57:39.449268+00
4277	5	1805	2026-12-03 14:57:39.449268+00
4278	5	1806	2026-12-03 14:57:39.449268+00
4279	5	1807	2026-12-03 14:57:39.449268+00
4280	5	1808	2026-12-03 14:57:39.449268+00
4281	5	1809	2026-12-03 14:57:39.449268+00
4282	5	1810	2026-12-03 14:57:39.449268+00
4283	5	1811	2026-12-03 14:57:39.449268+00
4284	5	1812	2026-12-03 14:57:39.449268+00
4285	5	1813	2026-12-03 14:57:39.449268+00
4286	5	1814	2026-12-03 14:57:39.449268+00
4287	5	1815	2026-12-03 14:57:39.449268+00
4288	5	1816	2026-12-03 14:57:39.449268+00
4289	5	1817	2026-12-03 14:57:39.449268+00
4290	5	1818	2026-12-03 14:57:39.449268+00
4291	5	1819	2026-12-03 14:57:39.449268+00
4292	5	1820	2026-12-03 14:57:39.449268+00
4293	5	1821	2026-12-03 14:57:39.449268+00
4294	5	1822	2026-12-03 14:57:39.449268+00
4295	5	1823	2026-12-03 14:57:39.449268+00
4296	5	1824	2026-12-03 14:57:39.449268+00
4297	5	1825	2026-12-03 14:57:39.449268+00
4298	5	1826	2026-12-03 14:57:39.449268+00
4299	5	1827	2026-12-03 14:57:39.449268+00
4300	5	1828	2026-12-03 14:57:39.449268+00
4301	5	1839	2026-12-03 14:57:39.449268+00
4302	5	1840	2026-12-03 14:57:39.449268+00
4303	5	1841	2026-12-03 14:57:39.449268+00
4304	5	1842	2026-12-03 14:57:39.449268+00
4305	5	1843	2026-12-03 14:57:39.449268+00
4306	5	1844	2026-12-03 14:57:39.449268+00
4307	5	1845	2026-12-03 14:57:39.449268+00
4308	5	1846	2026-12-03 14:57:39.449268+00
4309	5	1847	2026-12-03 14:57:39.449268+00
4310	5	1848	2026-12-03 14:57:39.449268+00
4311	5	1849	2026-12-03 14:57:39.449268+00
4312	5	1850	2026-12-03 14:57:39.449268+00
4313	5	1851	2026-12-03 14:57:39.449268+00
4314	5	1852	2026-12-03 14:57:39.449268+00
4315	5	1861	2026-12-03 14:57:39.449268+00
4316	5	1862	2026-12-03 14:57:39.449268+00
4317	5	1863	2026-12-03 14:57:39.449268+00
4318	5	1864	2026-12-03 14:57:39.449268+00
4319	5	1865	2026-12-03 14:57:39.449268+00
4320	5	1866	2026-12-03 14:57:39.449268+00
4321	5	1867	2026-12-03 14:57:39.449268+00
4322	5	1868	2026-12-03 14:57:39.449268+00
4323	5	1869	2026-12-03 14:57:39.449268+00
4324	5	1870	2026-12-03 14:57:39.449268+00
4325	5	1871	2026-12-03 14:57:39.449268+00
4326	5	1872	2026-12-03 14:57:39.449268+00
4327	5	1873	2026-12-03 14:57:39.449268+00
4328	5	1969	2026-12-03 14:57:39.449268+00
4329	5	1970	2026-12-03 14:57:39.449268+00
4330	5	1971	2026-12-03 14:57:39.449268+00
4331	5	1972	2026-12-03 14:57:39.449268+00
4332	5	1973	2026-12-03 14:57:39.449268+00
4333	5	1974	2026-12-03 14:57:39.449268+00
4334	5	1975	2026-12-03 14:57:39.449268+00
4335	5	1976	2026-12-03 14:57:39.449268+00
4336	5	1977	2026-12-03 14:57:39.449268+00
4337	5	1978	2026-12-03 14:57:39.449268+00
4338	5	1979	2026-12-03 14:57:39.449268+00
4339	5	1980	2026-12-03 14:57:39.449268+00
4340	5	1981	2026-12-03 14:57:39.449268+00
4341	5	1982	2026-12-03 14:57:39.449268+00
4342	5	1983	2026-12-03 14:57:39.449268+00
4343	5	1984	2026-12-03 14:57:39.449268+00
4344	5	1985	2026-12-03 14:57:39.449268+00
4345	5	1986	2026-12-03 14:57:39.449268+00
4346	5	1987	2026-12-03 14:57:39.449268+00
4347	5	1988	2026-12-03 14:57:39.449268+00
4348	5	1989	2026-12-03 14:57:39.449268+00
4349	5	1990	2026-12-03 14:57:39.449268+00
4350	5	1991	2026-12-03 14:57:39.449268+00
4351	5	1992	2026-12-03 14:57:39.449268+00
4352	5	1993	2026-12-03 14:57:39.449268+00
4353	5	1994	2026-12-03 14:57:39.449268+00
4354	5	1995	2026-12-03 14:57:39.449268+00
4355	5	1996	2026-12-03 14:57:39.449268+00
4356	5	1997	2026-12-03 14:57:39.449268+00
4357	5	1998	2026-12-03 14:57:39.449268+00
4358	5	1999	2026-12-03 14:57:39.449268+00
4359	5	2000	2026-12-03 14:57:39.449268+00
4360	5	2001	2026-12-03 14:57:39.449268+00
4361	5	2002	2026-12-03 14:57:39.449268+00
4362	5	2003	2026-12-03 14:57:39.449268+00
4363	5	2004	2026-12-03 14:57:39.449268+00
4364	5	2005	2026-12-03 14:57:39.449268+00
4365	5	2006	2026-12-03 14:57:39.449268+00
4366	5	2007	2026-12-03 14:57:39.449268+00
4367	5	2008	2026-12-03 14:57:39.449268+00
4368	5	2009	2026-12-03 14:57:39.449268+00
4369	5	2010	2026-12-03 14:57:39.449268+00
4370	5	2011	2026-12-03 14:57:39.449268+00
4371	5	2012	2026-12-03 14:57:39.449268+00
4372	5	2013	2026-12-03 14:57:39.449268+00
4373	5	2014	2026-12-03 14:57:39.449268+00
4374	5	2044	2026-12-03 14:57:39.449268+00
4375	5	2045	2026-12-03 14:57:39.449268+00
4376	5	2046	2026-12-03 14:57:39.449268+00
4377	5	2047	2026-12-03 14:57:39.449268+00
4378	5	2048	2026-12-03 14:57:39.449268+00
4379	5	2049	2026-12-03 14:57:39.449268+00
4380	5	2050	2026-12-03 14:57:39.449268+00
4381	5	2051	2026-12-03 14:57:39.449268+00
4382	5	2052	2026-12-03 14:57:39.449268+00
4383	5	2053	2026-12-03 14:57:39.449268+00
4384	5	2054	2026-12-03 14:57:39.449268+00
4385	5	2055	2026-12-03 14:57:39.449268+00
4386	5	2056	2026-12-03 14:57:39.449268+00
4387	5	2057	2026-12-03 14:57:39.449268+00
4388	5	2058	2026-12-03 14:57:39.449268+00
4389	5	2059	2026-12-03 14:57:39.449268+00
4390	5	2060	2026-12-03 14:57:39.449268+00
4391	5	2061	2026-12-03 14:57:39.449268+00
4392	5	2062	2026-12-03 14:57:39.449268+00
4393	5	2063	2026-12-03 14:57:39.449268+00
4394	5	2064	2026-12-03 14:57:39.449268+00
4395	5	2113	2026-12-03 14:57:39.449268+00
4396	5	2114	2026-12-03 14:57:39.449268+00
4397	5	2115	2026-12-03 14:57:39.449268+00
4398	5	2116	2026-12-03 14:57:39.449268+00
4399	5	2117	2026-12-03 14:57:39.449268+00
4400	5	2118	2026-12-03 14:57:39.449268+00
4401	5	2119	2026-12-03 14:57:39.449268+00
4402	5	2120	2026-12-03 14:57:39.449268+00
4403	5	2121	2026-12-03 14:57:39.449268+00
4404	5	2122	2026-12-03 14:57:39.449268+00
4405	5	2123	2026-12-03 14:57:39.449268+00
4406	5	2124	2026-12-03 14:57:39.449268+00
4407	5	2125	2026-12-03 14:57:39.449268+00
4408	5	2126	2026-12-03 14:57:39.449268+00
4409	5	2127	2026-12-03 14:57:39.449268+00
4410	5	2128	2026-12-03 14:57:39.449268+00
4411	5	2129	2026-12-03 14:57:39.449268+00
4412	5	2130	2026-12-03 14:57:39.449268+00
4413	5	2131	2026-12-03 14:57:39.449268+00
4414	5	2132	2026-12-03 14:57:39.449268+00
4415	5	2133	2026-12-03 14:57:39.449268+00
4416	5	2134	2026-12-03 14:57:39.449268+00
4417	5	2135	2026-12-03 14:57:39.449268+00
4418	5	2136	2026-12-03 14:57:39.449268+00
4419	5	2137	2026-12-03 14:57:39.449268+00
4420	5	2138	2026-12-03 14:57:39.449268+00
4421	5	2149	2026-12-03 14:57:39.449268+00
4422	5	2150	2026-12-03 14:57:39.449268+00
4423	5	2151	2026-12-03 14:57:39.449268+00
4424	5	2152	2026-12-03 14:57:39.449268+00
4425	5	2153	2026-12-03 14:57:39.449268+00
4426	5	2154	2026-12-03 14:57:39.449268+00
4427	5	2155	2026-12-03 14:57:39.449268+00
4428	5	2156	2026-12-03 14:57:39.449268+00
4429	5	2157	2026-12-03 14:57:39.449268+00
4430	5	2158	2026-12-03 14:57:39.449268+00
4431	5	2159	2026-12-03 14:57:39.449268+00
4432	5	2160	2026-12-03 14:57:39.449268+00
4433	5	2161	2026-12-03 14:57:39.449268+00
4434	5	2162	2026-12-03 14:57:39.449268+00
4435	5	2163	2026-12-03 14:57:39.449268+00
4436	5	2164	2026-12-03 14:57:39.449268+00
4437	5	2193	2026-12-03 14:57:39.449268+00
4438	5	2194	2026-12-03 14:57:39.449268+00
4439	5	2195	2026-12-03 14:57:39.449268+00
4440	5	2196	2026-12-03 14:57:39.449268+00
4441	5	2197	2026-12-03 14:57:39.449268+00
4442	5	2198	2026-12-03 14:57:39.449268+00
4443	5	2199	2026-12-03 14:57:39.449268+00
4444	5	2200	2026-12-03 14:57:39.449268+00
4445	5	2201	2026-12-03 14:57:39.449268+00
4446	5	2202	2026-12-03 14:57:39.449268+00
4447	5	2203	2026-12-03 14:57:39.449268+00
4448	5	2204	2026-12-03 14:57:39.449268+00
4449	5	2205	2026-12-03 14:57:39.449268+00
4450	5	2206	2026-12-03 14:57:39.449268+00
4451	5	2207	2026-12-03 14:57:39.449268+00
4452	5	2208	2026-12-03 14:57:39.449268+00
4453	5	2209	2026-12-03 14:57:39.449268+00
4454	5	2210	2026-12-03 14:57:39.449268+00
4455	5	2211	2026-12-03 14:57:39.449268+00
4456	5	2212	2026-12-03 14:57:39.449268+00
4457	5	2213	2026-12-03 14:57:39.449268+00
4458	5	2214	2026-12-03 14:57:39.449268+00
4459	5	2215	2026-12-03 14:57:39.449268+00
4460	5	2238	2026-12-03 14:57:39.449268+00
4461	5	2239	2026-12-03 14:57:39.449268+00
4462	5	2240	2026-12-03 14:57:39.449268+00
4463	5	2241	2026-12-03 14:57:39.449268+00
4464	5	2242	2026-12-03 14:57:39.449268+00
4465	5	2243	2026-12-03 14:57:39.449268+00
4466	5	2244	2026-12-03 14:57:39.449268+00
4467	5	2245	2026-12-03 14:57:39.449268+00
4468	5	2246	2026-12-03 14:57:39.449268+00
4469	5	2247	2026-12-03 14:57:39.449268+00
4470	5	2248	2026-12-03 14:57:39.449268+00
4471	5	2249	2026-12-03 14:57:39.449268+00
4472	5	2250	2026-12-03 14:57:39.449268+00
4473	5	2251	2026-12-03 14:57:39.449268+00
4474	5	2252	2026-12-03 14:57:39.449268+00
4475	5	2253	2026-12-03 14:57:39.449268+00
4476	5	2282	2026-12-03 14:57:39.449268+00
4477	5	2283	2026-12-03 14:57:39.449268+00
4478	5	2284	2026-12-03 14:57:39.449268+00
4479	5	2296	2026-12-03 14:57:39.449268+00
4480	5	2297	2026-12-03 14:57:39.449268+00
4481	5	2298	2026-12-03 14:57:39.449268+00
4482	5	2299	2026-12-03 14:57:39.449268+00
4483	5	2300	2026-12-03 14:57:39.449268+00
4484	5	2301	2026-12-03 14:57:39.449268+00
4485	5	2302	2026-12-03 14:57:39.449268+00
4486	5	2303	2026-12-03 14:57:39.449268+00
4487	5	2304	2026-12-03 14:57:39.449268+00
4488	5	2305	2026-12-03 14:57:39.449268+00
4489	5	2306	2026-12-03 14:57:39.449268+00
4490	5	2307	2026-12-03 14:57:39.449268+00
4491	5	2308	2026-12-03 14:57:39.449268+00
4492	5	2309	2026-12-03 14:57:39.449268+00
4493	5	2310	2026-12-03 14:57:39.449268+00
4494	5	2311	2026-12-03 14:57:39.449268+00
4495	5	2312	2026-12-03 14:57:39.449268+00
4496	5	2313	2026-12-03 14:57:39.449268+00
4497	5	2314	2026-12-03 14:57:39.449268+00
4498	5	2315	2026-12-03 14:57:39.449268+00
4499	5	2316	2026-12-03 14:57:39.449268+00
4500	5	2317	2026-12-03 14:57:39.449268+00
4501	5	2334	2026-12-03 14:57:39.449268+00
4502	5	2335	2026-12-03 14:57:39.449268+00
4503	5	2336	2026-12-03 14:57:39.449268+00
4504	5	2337	2026-12-03 14:57:39.449268+00
4505	5	2338	2026-12-03 14:57:39.449268+00
4506	5	2339	2026-12-03 14:57:39.449268+00
4507	5	2340	2026-12-03 14:57:39.449268+00
4508	5	2341	2026-12-03 14:57:39.449268+00
4509	5	2342	2026-12-03 14:57:39.449268+00
4510	5	2343	2026-12-03 14:57:39.449268+00
4511	5	2358	2026-12-03 14:57:39.449268+00
4512	5	2359	2026-12-03 14:57:39.449268+00
4513	5	2360	2026-12-03 14:57:39.449268+00
4514	5	2361	2026-12-03 14:57:39.449268+00
4515	5	2362	2026-12-03 14:57:39.449268+00
4516	5	2363	2026-12-03 14:57:39.449268+00
4517	5	2364	2026-12-03 14:57:39.449268+00
4518	5	2365	2026-12-03 14:57:39.449268+00
4519	5	2366	2026-12-03 14:57:39.449268+00
4520	5	2367	2026-12-03 14:57:39.449268+00
4521	5	2368	2026-12-03 14:57:39.449268+00
4522	5	2369	2026-12-03 14:57:39.449268+00
4523	5	2370	2026-12-03 14:57:39.449268+00
4524	5	2371	2026-12-03 14:57:39.449268+00
4525	5	2372	2026-12-03 14:57:39.449268+00
4526	5	2373	2026-12-03 14:57:39.449268+00
4527	5	2374	2026-12-03 14:57:39.449268+00
4528	5	2391	2026-12-03 14:57:39.449268+00
4529	5	2392	2026-12-03 14:57:39.449268+00
4530	5	2393	2026-12-03 14:57:39.449268+00
4531	5	2394	2026-12-03 14:57:39.449268+00
4532	5	2395	2026-12-03 14:57:39.449268+00
4533	5	2396	2026-12-03 14:57:39.449268+00
4534	5	2397	2026-12-03 14:57:39.449268+00
4535	5	2398	2026-12-03 14:57:39.449268+00
4536	5	2399	2026-12-03 14:57:39.449268+00
4537	5	2400	2026-12-03 14:57:39.449268+00
4538	5	2401	2026-12-03 14:57:39.449268+00
4539	5	2402	2026-12-03 14:57:39.449268+00
4540	5	2403	2026-12-03 14:57:39.449268+00
4541	5	2404	2026-12-03 14:57:39.449268+00
4542	5	2405	2026-12-03 14:57:39.449268+00
4543	5	2406	2026-12-03 14:57:39.449268+00
4544	5	2407	2026-12-03 14:57:39.449268+00
4545	5	2408	2026-12-03 14:57:39.449268+00
4546	5	2409	2026-12-03 14:57:39.449268+00
4547	5	2410	2026-12-03 14:57:39.449268+00
4548	5	2411	2026-12-03 14:57:39.449268+00
4549	5	2412	2026-12-03 14:57:39.449268+00
4550	5	2413	2026-12-03 14:57:39.449268+00
4551	5	2414	2026-12-03 14:57:39.449268+00
4552	5	2415	2026-12-03 14:57:39.449268+00
4553	5	2416	2026-12-03 14:57:39.449268+00
4554	5	2417	2026-12-03 14:57:39.449268+00
4555	5	2418	2026-12-03 14:57:39.449268+00
4556	5	2419	2026-12-03 14:57:39.449268+00
4557	5	2420	2026-12-03 14:57:39.449268+00
4558	5	2421	2026-12-03 14:57:39.449268+00
4559	5	2422	2026-12-03 14:57:39.449268+00
4560	5	2423	2026-12-03 14:57:39.449268+00
4561	5	2424	2026-12-03 14:57:39.449268+00
4562	5	2425	2026-12-03 14:57:39.449268+00
4563	5	2426	2026-12-03 14:57:39.449268+00
4564	5	2427	2026-12-03 14:57:39.449268+00
4565	5	2434	2026-12-03 14:57:39.449268+00
4566	5	2435	2026-12-03 14:57:39.449268+00
4567	5	2436	2026-12-03 14:57:39.449268+00
4568	5	2437	2026-12-03 14:57:39.449268+00
4569	5	2438	2026-12-03 14:57:39.449268+00
4570	5	2439	2026-12-03 14:57:39.449268+00
4571	5	2440	2026-12-03 14:57:39.449268+00
4572	5	2441	2026-12-03 14:57:39.449268+00
4573	5	2442	2026-12-03 14:57:39.449268+00
4574	5	2443	2026-12-03 14:57:39.449268+00
4575	5	2444	2026-12-03 14:57:39.449268+00
4576	5	2445	2026-12-03 14:57:39.449268+00
4577	5	2446	2026-12-03 14:57:39.449268+00
4578	5	2447	2026-12-03 14:57:39.449268+00
4579	5	2448	2026-12-03 14:57:39.449268+00
4580	5	2461	2026-12-03 14:57:39.449268+00
4581	5	2462	2026-12-03 14:57:39.449268+00
4582	5	2463	2026-12-03 14:57:39.449268+00
4583	5	2464	2026-12-03 14:57:39.449268+00
4584	5	2465	2026-12-03 14:57:39.449268+00
4585	5	2466	2026-12-03 14:57:39.449268+00
4586	5	2467	2026-12-03 14:57:39.449268+00
4587	5	2468	2026-12-03 14:57:39.449268+00
4588	5	2469	2026-12-03 14:57:39.449268+00
4589	5	2470	2026-12-03 14:57:39.449268+00
4590	5	2471	2026-12-03 14:57:39.449268+00
4591	5	2476	2026-12-03 14:57:39.449268+00
4592	5	2478	2026-12-03 14:57:39.449268+00
4593	5	2484	2026-12-03 14:57:39.449268+00
4594	5	2488	2026-12-03 14:57:39.449268+00
4595	5	2489	2026-12-03 14:57:39.449268+00
4596	5	2490	2026-12-03 14:57:39.449268+00
4597	5	2491	2026-12-03 14:57:39.449268+00
4598	5	2492	2026-12-03 14:57:39.449268+00
4599	5	2493	2026-12-03 14:57:39.449268+00
4600	5	2494	2026-12-03 14:57:39.449268+00
4601	5	2495	2026-12-03 14:57:39.449268+00
4602	5	2496	2026-12-03 14:57:39.449268+00
4603	5	2497	2026-12-03 14:57:39.449268+00
4604	5	2498	2026-12-03 14:57:39.449268+00
4605	5	2499	2026-12-03 14:57:39.449268+00
4606	5	2500	2026-12-03 14:57:39.449268+00
4607	5	2501	2026-12-03 14:57:39.449268+00
4608	5	2506	2026-12-03 14:57:39.449268+00
4609	5	2511	2026-12-03 14:57:39.449268+00
4610	5	2512	2026-12-03 14:57:39.449268+00
4611	5	2513	2026-12-03 14:57:39.449268+00
4612	5	2514	2026-12-03 14:57:39.449268+00
4613	5	2515	2026-12-03 14:57:39.449268+00
4614	5	2516	2026-12-03 14:57:39.449268+00
4615	5	2517	2026-12-03 14:57:39.449268+00
4616	5	2518	2026-12-03 14:57:39.449268+00
4617	5	2519	2026-12-03 14:57:39.449268+00
4618	5	2520	2026-12-03 14:57:39.449268+00
4619	5	2521	2026-12-03 14:57:39.449268+00
4620	5	2522	2026-12-03 14:57:39.449268+00
4621	5	2542	2026-12-03 14:57:39.449268+00
4622	5	2543	2026-12-03 14:57:39.449268+00
4623	5	2544	2026-12-03 14:57:39.449268+00
4624	5	2545	2026-12-03 14:57:39.449268+00
4625	5	2546	2026-12-03 14:57:39.449268+00
4626	5	2547	2026-12-03 14:57:39.449268+00
4627	5	2548	2026-12-03 14:57:39.449268+00
4628	5	2549	2026-12-03 14:57:39.449268+00
4629	5	2550	2026-12-03 14:57:39.449268+00
4630	5	2551	2026-12-03 14:57:39.449268+00
4631	5	2552	2026-12-03 14:57:39.449268+00
4632	5	2553	2026-12-03 14:57:39.449268+00
4633	5	2565	2026-12-03 14:57:39.449268+00
4634	5	2566	2026-12-03 14:57:39.449268+00
4635	5	2567	2026-12-03 14:57:39.449268+00
4636	5	2568	2026-12-03 14:57:39.449268+00
4637	5	2569	2026-12-03 14:57:39.449268+00
4638	5	2570	2026-12-03 14:57:39.449268+00
4639	5	2571	2026-12-03 14:57:39.449268+00
4640	5	2591	2026-12-03 14:57:39.449268+00
4641	5	2592	2026-12-03 14:57:39.449268+00
4642	5	2593	2026-12-03 14:57:39.449268+00
4643	5	2594	2026-12-03 14:57:39.449268+00
4644	5	2595	2026-12-03 14:57:39.449268+00
4645	5	2596	2026-12-03 14:57:39.449268+00
4646	5	2597	2026-12-03 14:57:39.449268+00
4647	5	2598	2026-12-03 14:57:39.449268+00
4648	5	2599	2026-12-03 14:57:39.449268+00
4649	5	2600	2026-12-03 14:57:39.449268+00
4650	5	2601	2026-12-03 14:57:39.449268+00
4651	5	2602	2026-12-03 14:57:39.449268+00
4652	5	2603	2026-12-03 14:57:39.449268+00
4653	5	2604	2026-12-03 14:57:39.449268+00
4654	5	2605	2026-12-03 14:57:39.449268+00
4655	5	2606	2026-12-03 14:57:39.449268+00
4656	5	2607	2026-12-03 14:57:39.449268+00
4657	5	2608	2026-12-03 14:57:39.449268+00
4658	5	2625	2026-12-03 14:57:39.449268+00
4659	5	2627	2026-12-03 14:57:39.449268+00
4660	5	2631	2026-12-03 14:57:39.449268+00
4661	5	2638	2026-12-03 14:57:39.449268+00
4662	5	2650	2026-12-03 14:57:39.449268+00
4663	5	2651	2026-12-03 14:57:39.449268+00
4664	5	2652	2026-12-03 14:57:39.449268+00
4665	5	2653	2026-12-03 14:57:39.449268+00
4666	5	2654	2026-12-03 14:57:39.449268+00
4667	5	2655	2026-12-03 14:57:39.449268+00
4668	5	2656	2026-12-03 14:57:39.449268+00
4669	5	2657	2026-12-03 14:57:39.449268+00
4670	5	2658	2026-12-03 14:57:39.449268+00
4671	5	2659	2026-12-03 14:57:39.449268+00
4672	5	2660	2026-12-03 14:57:39.449268+00
4673	5	2661	2026-12-03 14:57:39.449268+00
4674	5	2662	2026-12-03 14:57:39.449268+00
4675	5	2663	2026-12-03 14:57:39.449268+00
4676	5	2676	2026-12-03 14:57:39.449268+00
4677	5	2677	2026-12-03 14:57:39.449268+00
4678	5	2678	2026-12-03 14:57:39.449268+00
4679	5	2679	2026-12-03 14:57:39.449268+00
4680	5	2680	2026-12-03 14:57:39.449268+00
4681	5	2681	2026-12-03 14:57:39.449268+00
4682	5	2682	2026-12-03 14:57:39.449268+00
4683	5	2683	2026-12-03 14:57:39.449268+00
4684	5	2684	2026-12-03 14:57:39.449268+00
4685	5	2685	2026-12-03 14:57:39.449268+00
4686	5	2686	2026-12-03 14:57:39.449268+00
4687	5	2687	2026-12-03 14:57:39.449268+00
4688	5	2688	2026-12-03 14:57:39.449268+00
4689	5	2689	2026-12-03 14:57:39.449268+00
4690	5	2690	2026-12-03 14:57:39.449268+00
4691	5	2691	2026-12-03 14:57:39.449268+00
4692	5	2692	2026-12-03 14:57:39.449268+00
4693	5	2693	2026-12-03 14:57:39.449268+00
4694	5	2694	2026-12-03 14:57:39.449268+00
4695	5	2695	2026-12-03 14:57:39.449268+00
4696	5	2696	2026-12-03 14:57:39.449268+00
4697	5	2697	2026-12-03 14:57:39.449268+00
4698	5	2698	2026-12-03 14:57:39.449268+00
4699	5	2699	2026-12-03 14:57:39.449268+00
4700	5	2700	2026-12-03 14:57:39.449268+00
4701	5	2701	2026-12-03 14:57:39.449268+00
4702	5	2702	2026-12-03 14:57:39.449268+00
4703	5	2703	2026-12-03 14:57:39.449268+00
4704	5	2704	2026-12-03 14:57:39.449268+00
4705	5	2706	2026-12-03 14:57:39.449268+00
4706	5	2707	2026-12-03 14:57:39.449268+00
4707	5	2708	2026-12-03 14:57:39.449268+00
4708	5	2709	2026-12-03 14:57:39.449268+00
4709	5	2710	2026-12-03 14:57:39.449268+00
4710	5	2711	2026-12-03 14:57:39.449268+00
4711	5	2712	2026-12-03 14:57:39.449268+00
4712	5	2713	2026-12-03 14:57:39.449268+00
4713	5	2714	2026-12-03 14:57:39.449268+00
4714	5	2715	2026-12-03 14:57:39.449268+00
4715	5	2716	2026-12-03 14:57:39.449268+00
4716	5	2717	2026-12-03 14:57:39.449268+00
4717	5	2718	2026-12-03 14:57:39.449268+00
4718	5	2720	2026-12-03 14:57:39.449268+00
4719	5	2721	2026-12-03 14:57:39.449268+00
4720	5	2722	2026-12-03 14:57:39.449268+00
4721	5	2723	2026-12-03 14:57:39.449268+00
4722	5	2724	2026-12-03 14:57:39.449268+00
4723	5	2725	2026-12-03 14:57:39.449268+00
4724	5	2726	2026-12-03 14:57:39.449268+00
4725	5	2727	2026-12-03 14:57:39.449268+00
4726	5	2728	2026-12-03 14:57:39.449268+00
4727	5	2729	2026-12-03 14:57:39.449268+00
4728	5	2730	2026-12-03 14:57:39.449268+00
4729	5	2781	2026-12-03 14:57:39.449268+00
4730	5	2782	2026-12-03 14:57:39.449268+00
4731	5	2783	2026-12-03 14:57:39.449268+00
4732	5	2784	2026-12-03 14:57:39.449268+00
4733	5	2785	2026-12-03 14:57:39.449268+00
4734	5	2786	2026-12-03 14:57:39.449268+00
4735	5	2787	2026-12-03 14:57:39.449268+00
4736	5	2788	2026-12-03 14:57:39.449268+00
4737	5	2789	2026-12-03 14:57:39.449268+00
4738	5	2790	2026-12-03 14:57:39.449268+00
4739	5	2791	2026-12-03 14:57:39.449268+00
4740	5	2792	2026-12-03 14:57:39.449268+00
4741	5	2793	2026-12-03 14:57:39.449268+00
4742	5	2794	2026-12-03 14:57:39.449268+00
4743	5	2795	2026-12-03 14:57:39.449268+00
4744	5	2796	2026-12-03 14:57:39.449268+00
4745	5	2797	2026-12-03 14:57:39.449268+00
4746	5	2798	2026-12-03 14:57:39.449268+00
4747	5	2799	2026-12-03 14:57:39.449268+00
4748	5	2800	2026-12-03 14:57:39.449268+00
4749	5	2801	2026-12-03 14:57:39.449268+00
4750	5	2802	2026-12-03 14:57:39.449268+00
4751	5	2803	2026-12-03 14:57:39.449268+00
4752	5	2804	2026-12-03 14:57:39.449268+00
4753	5	2805	2026-12-03 14:57:39.449268+00
4754	5	2806	2026-12-03 14:57:39.449268+00
4755	5	2807	2026-12-03 14:57:39.449268+00
4756	5	2808	2026-12-03 14:57:39.449268+00
4757	5	2809	2026-12-03 14:57:39.449268+00
4758	5	2810	2026-12-03 14:57:39.449268+00
4759	5	2811	2026-12-03 14:57:39.449268+00
4760	5	2812	2026-12-03 14:57:39.449268+00
4761	5	2813	2026-12-03 14:57:39.449268+00
4762	5	2814	2026-12-03 14:57:39.449268+00
4763	5	2815	2026-12-03 14:57:39.449268+00
4764	5	2816	2026-12-03 14:57:39.449268+00
4765	5	2817	2026-12-03 14:57:39.449268+00
4766	5	2818	2026-12-03 14:57:39.449268+00
4767	5	2926	2026-12-03 14:57:39.449268+00
4768	5	2927	2026-12-03 14:57:39.449268+00
4769	5	2928	2026-12-03 14:57:39.449268+00
4770	5	2929	2026-12-03 14:57:39.449268+00
4771	5	2930	2026-12-03 14:57:39.449268+00
4772	5	2931	2026-12-03 14:57:39.449268+00
4773	5	2932	2026-12-03 14:57:39.449268+00
4774	5	2933	2026-12-03 14:57:39.449268+00
4775	5	2934	2026-12-03 14:57:39.449268+00
4776	5	2935	2026-12-03 14:57:39.449268+00
4777	5	2936	2026-12-03 14:57:39.449268+00
4778	5	2937	2026-12-03 14:57:39.449268+00
4779	5	2949	2026-12-03 14:57:39.449268+00
4780	5	2950	2026-12-03 14:57:39.449268+00
4781	5	2951	2026-12-03 14:57:39.449268+00
4782	5	2952	2026-12-03 14:57:39.449268+00
4783	5	2953	2026-12-03 14:57:39.449268+00
4784	5	2954	2026-12-03 14:57:39.449268+00
4785	5	2955	2026-12-03 14:57:39.449268+00
4786	5	2956	2026-12-03 14:57:39.449268+00
4787	5	2957	2026-12-03 14:57:39.449268+00
4788	5	2958	2026-12-03 14:57:39.449268+00
4789	5	2959	2026-12-03 14:57:39.449268+00
4790	5	2960	2026-12-03 14:57:39.449268+00
4791	5	2961	2026-12-03 14:57:39.449268+00
4792	5	2962	2026-12-03 14:57:39.449268+00
4793	5	2963	2026-12-03 14:57:39.449268+00
4794	5	2975	2026-12-03 14:57:39.449268+00
4795	5	2976	2026-12-03 14:57:39.449268+00
4796	5	2977	2026-12-03 14:57:39.449268+00
4797	5	2978	2026-12-03 14:57:39.449268+00
4798	5	2979	2026-12-03 14:57:39.449268+00
4799	5	2980	2026-12-03 14:57:39.449268+00
4800	5	2981	2026-12-03 14:57:39.449268+00
4801	5	2982	2026-12-03 14:57:39.449268+00
4802	5	2983	2026-12-03 14:57:39.449268+00
4803	5	2984	2026-12-03 14:57:39.449268+00
4804	5	2985	2026-12-03 14:57:39.449268+00
4805	5	2986	2026-12-03 14:57:39.449268+00
4806	5	3004	2026-12-03 14:57:39.449268+00
4807	5	3005	2026-12-03 14:57:39.449268+00
4808	5	3006	2026-12-03 14:57:39.449268+00
4809	5	3007	2026-12-03 14:57:39.449268+00
4810	5	3008	2026-12-03 14:57:39.449268+00
4811	5	3009	2026-12-03 14:57:39.449268+00
4812	5	3010	2026-12-03 14:57:39.449268+00
4813	5	3011	2026-12-03 14:57:39.449268+00
4814	5	3012	2026-12-03 14:57:39.449268+00
4815	5	3013	2026-12-03 14:57:39.449268+00
4816	5	3014	2026-12-03 14:57:39.449268+00
4817	5	3015	2026-12-03 14:57:39.449268+00
4818	5	3016	2026-12-03 14:57:39.449268+00
4819	5	3017	2026-12-03 14:57:39.449268+00
4820	5	3028	2026-12-03 14:57:39.449268+00
4821	5	3029	2026-12-03 14:57:39.449268+00
4822	5	3030	2026-12-03 14:57:39.449268+00
4823	5	3031	2026-12-03 14:57:39.449268+00
4824	5	3032	2026-12-03 14:57:39.449268+00
4825	5	3033	2026-12-03 14:57:39.449268+00
4826	5	3034	2026-12-03 14:57:39.449268+00
4827	5	3035	2026-12-03 14:57:39.449268+00
4828	5	3036	2026-12-03 14:57:39.449268+00
4829	5	3037	2026-12-03 14:57:39.449268+00
4830	5	3038	2026-12-03 14:57:39.449268+00
4831	5	3039	2026-12-03 14:57:39.449268+00
4832	5	3040	2026-12-03 14:57:39.449268+00
4833	5	3041	2026-12-03 14:57:39.449268+00
4834	5	3042	2026-12-03 14:57:39.449268+00
4835	5	3043	2026-12-03 14:57:39.449268+00
4836	5	3044	2026-12-03 14:57:39.449268+00
4837	5	3045	2026-12-03 14:57:39.449268+00
4838	5	3046	2026-12-03 14:57:39.449268+00
4839	5	3047	2026-12-03 14:57:39.449268+00
4840	5	3048	2026-12-03 14:57:39.449268+00
4841	5	3049	2026-12-03 14:57:39.449268+00
4842	5	3050	2026-12-03 14:57:39.449268+00
4843	5	3051	2026-12-03 14:57:39.449268+00
4844	5	3075	2026-12-03 14:57:39.449268+00
4845	5	3076	2026-12-03 14:57:39.449268+00
4846	5	3077	2026-12-03 14:57:39.449268+00
4847	5	3078	2026-12-03 14:57:39.449268+00
4848	5	3079	2026-12-03 14:57:39.449268+00
4849	5	3080	2026-12-03 14:57:39.449268+00
4850	5	3092	2026-12-03 14:57:39.449268+00
4851	5	3093	2026-12-03 14:57:39.449268+00
4852	5	3094	2026-12-03 14:57:39.449268+00
4853	5	3095	2026-12-03 14:57:39.449268+00
4854	5	3096	2026-12-03 14:57:39.449268+00
4855	5	3097	2026-12-03 14:57:39.449268+00
4856	5	3098	2026-12-03 14:57:39.449268+00
4857	5	3099	2026-12-03 14:57:39.449268+00
4858	5	3100	2026-12-03 14:57:39.449268+00
4859	5	3101	2026-12-03 14:57:39.449268+00
4860	5	3102	2026-12-03 14:57:39.449268+00
4861	5	3103	2026-12-03 14:57:39.449268+00
4862	5	3132	2026-12-03 14:57:39.449268+00
4863	5	3133	2026-12-03 14:57:39.449268+00
4864	5	3134	2026-12-03 14:57:39.449268+00
4865	5	3135	2026-12-03 14:57:39.449268+00
4866	5	3136	2026-12-03 14:57:39.449268+00
4867	5	3137	2026-12-03 14:57:39.449268+00
4868	5	3138	2026-12-03 14:57:39.449268+00
4869	5	3139	2026-12-03 14:57:39.449268+00
4870	5	3140	2026-12-03 14:57:39.449268+00
4871	5	3141	2026-12-03 14:57:39.449268+00
4872	5	3142	2026-12-03 14:57:39.449268+00
4873	5	3143	2026-12-03 14:57:39.449268+00
4874	5	3144	2026-12-03 14:57:39.449268+00
4875	5	3145	2026-12-03 14:57:39.449268+00
4876	5	3146	2026-12-03 14:57:39.449268+00
4877	5	3147	2026-12-03 14:57:39.449268+00
4878	5	3148	2026-12-03 14:57:39.449268+00
4879	5	3149	2026-12-03 14:57:39.449268+00
4880	5	3150	2026-12-03 14:57:39.449268+00
4881	5	3151	2026-12-03 14:57:39.449268+00
4882	5	3152	2026-12-03 14:57:39.449268+00
4883	5	3153	2026-12-03 14:57:39.449268+00
4884	5	3154	2026-12-03 14:57:39.449268+00
4885	5	3155	2026-12-03 14:57:39.449268+00
4886	5	3156	2026-12-03 14:57:39.449268+00
4887	5	3157	2026-12-03 14:57:39.449268+00
4888	5	3158	2026-12-03 14:57:39.449268+00
4889	5	3159	2026-12-03 14:57:39.449268+00
4890	5	3160	2026-12-03 14:57:39.449268+00
4891	5	3161	2026-12-03 14:57:39.449268+00
4892	5	3162	2026-12-03 14:57:39.449268+00
4893	5	3163	2026-12-03 14:57:39.449268+00
4894	5	3164	2026-12-03 14:57:39.449268+00
4895	5	3225	2026-12-03 14:57:39.449268+00
4896	5	3276	2026-12-03 14:57:39.449268+00
4897	5	3277	2026-12-03 14:57:39.449268+00
4898	5	3278	2026-12-03 14:57:39.449268+00
4899	5	3279	2026-12-03 14:57:39.449268+00
4900	5	3280	2026-12-03 14:57:39.449268+00
4901	5	3281	2026-12-03 14:57:39.449268+00
4902	5	3282	2026-12-03 14:57:39.449268+00
4903	5	3283	2026-12-03 14:57:39.449268+00
4904	5	3284	2026-12-03 14:57:39.449268+00
4905	5	3285	2026-12-03 14:57:39.449268+00
4906	5	3286	2026-12-03 14:57:39.449268+00
4907	5	3287	2026-12-03 14:57:39.449268+00
4908	5	3300	2026-12-03 14:57:39.449268+00
4909	5	3301	2026-12-03 14:57:39.449268+00
4910	5	3302	2026-12-03 14:57:39.449268+00
4911	5	3303	2026-12-03 14:57:39.449268+00
4912	5	3304	2026-12-03 14:57:39.449268+00
4913	5	3305	2026-12-03 14:57:39.449268+00
4914	5	3306	2026-12-03 14:57:39.449268+00
4915	5	3307	2026-12-03 14:57:39.449268+00
4916	5	3308	2026-12-03 14:57:39.449268+00
4917	5	3309	2026-12-03 14:57:39.449268+00
4918	5	3310	2026-12-03 14:57:39.449268+00
4919	5	3311	2026-12-03 14:57:39.449268+00
4920	5	3312	2026-12-03 14:57:39.449268+00
4921	5	3313	2026-12-03 14:57:39.449268+00
4922	5	3314	2026-12-03 14:57:39.449268+00
4923	5	3315	2026-12-03 14:57:39.449268+00
4924	5	3316	2026-12-03 14:57:39.449268+00
4925	5	3317	2026-12-03 14:57:39.449268+00
4926	5	3318	2026-12-03 14:57:39.449268+00
4927	5	3351	2026-12-03 14:57:39.449268+00
4928	5	3354	2026-12-03 14:57:39.449268+00
4929	5	3359	2026-12-03 14:57:39.449268+00
4930	5	3365	2026-12-03 14:57:39.449268+00
4931	5	3366	2026-12-03 14:57:39.449268+00
4932	5	3367	2026-12-03 14:57:39.449268+00
4933	5	3368	2026-12-03 14:57:39.449268+00
4934	5	3369	2026-12-03 14:57:39.449268+00
4935	5	3370	2026-12-03 14:57:39.449268+00
4936	5	3371	2026-12-03 14:57:39.449268+00
4937	5	3372	2026-12-03 14:57:39.449268+00
4938	5	3373	2026-12-03 14:57:39.449268+00
4939	5	3374	2026-12-03 14:57:39.449268+00
4940	5	3403	2026-12-03 14:57:39.449268+00
4941	5	3404	2026-12-03 14:57:39.449268+00
4942	5	3408	2026-12-03 14:57:39.449268+00
4943	5	3409	2026-12-03 14:57:39.449268+00
4944	5	3410	2026-12-03 14:57:39.449268+00
4945	5	3411	2026-12-03 14:57:39.449268+00
4946	5	3415	2026-12-03 14:57:39.449268+00
4947	5	3416	2026-12-03 14:57:39.449268+00
4948	5	3417	2026-12-03 14:57:39.449268+00
4949	5	3418	2026-12-03 14:57:39.449268+00
4950	5	3421	2026-12-03 14:57:39.449268+00
4951	5	3423	2026-12-03 14:57:39.449268+00
4952	5	3424	2026-12-03 14:57:39.449268+00
4953	5	3426	2026-12-03 14:57:39.449268+00
4954	5	3430	2026-12-03 14:57:39.449268+00
4955	5	3432	2026-12-03 14:57:39.449268+00
4956	5	3434	2026-12-03 14:57:39.449268+00
4957	5	3435	2026-12-03 14:57:39.449268+00
4958	5	3436	2026-12-03 14:57:39.449268+00
4959	5	3437	2026-12-03 14:57:39.449268+00
4960	5	3438	2026-12-03 14:57:39.449268+00
4961	5	3439	2026-12-03 14:57:39.449268+00
4962	5	3442	2026-12-03 14:57:39.449268+00
4963	5	3444	2026-12-03 14:57:39.449268+00
4964	5	3445	2026-12-03 14:57:39.449268+00
4965	5	3446	2026-12-03 14:57:39.449268+00
4966	5	3447	2026-12-03 14:57:39.449268+00
4967	5	3448	2026-12-03 14:57:39.449268+00
4968	5	3449	2026-12-03 14:57:39.449268+00
4969	5	3451	2026-12-03 14:57:39.449268+00
4970	5	3454	2026-12-03 14:57:39.449268+00
4971	5	3481	2026-12-03 14:57:39.449268+00
4972	5	3482	2026-12-03 14:57:39.449268+00
4973	5	3485	2026-12-03 14:57:39.449268+00
4974	5	3489	2026-12-03 14:57:39.449268+00
4975	5	3490	2026-12-03 14:57:39.449268+00
4976	5	3492	2026-12-03 14:57:39.449268+00
4977	5	3493	2026-12-03 14:57:39.449268+00
4978	5	3498	2026-12-03 14:57:39.449268+00
4979	5	3499	2026-12-03 14:57:39.449268+00
4980	5	3503	2026-12-03 14:57:39.449268+00
4981	8	1	2026-12-03 14:57:39.449268+00
4982	8	2	2026-12-03 14:57:39.449268+00
4983	8	3	2026-12-03 14:57:39.449268+00
4984	8	4	2026-12-03 14:57:39.449268+00
4985	8	5	2026-12-03 14:57:39.449268+00
4986	8	6	2026-12-03 14:57:39.449268+00
4987	8	7	2026-12-03 14:57:39.449268+00
4988	8	8	2026-12-03 14:57:39.449268+00
4989	8	9	2026-12-03 14:57:39.449268+00
4990	8	10	2026-12-03 14:57:39.449268+00
4991	8	11	2026-12-03 14:57:39.449268+00
4992	8	12	2026-12-03 14:57:39.449268+00
4993	8	13	2026-12-03 14:57:39.449268+00
4994	8	14	2026-12-03 14:57:39.449268+00
4995	8	15	2026-12-03 14:57:39.449268+00
4996	8	16	2026-12-03 14:57:39.449268+00
4997	8	17	2026-12-03 14:57:39.449268+00
4998	8	18	2026-12-03 14:57:39.449268+00
4999	8	19	2026-12-03 14:57:39.449268+00
5000	8	20	2026-12-03 14:57:39.449268+00
5001	8	21	2026-12-03 14:57:39.449268+00
5002	8	22	2026-12-03 14:57:39.449268+00
5003	8	23	2026-12-03 14:57:39.449268+00
5004	8	24	2026-12-03 14:57:39.449268+00
5005	8	25	2026-12-03 14:57:39.449268+00
5006	8	26	2026-12-03 14:57:39.449268+00
5007	8	27	2026-12-03 14:57:39.449268+00
5008	8	28	2026-12-03 14:57:39.449268+00
5009	8	29	2026-12-03 14:57:39.449268+00
5010	8	30	2026-12-03 14:57:39.449268+00
5011	8	31	2026-12-03 14:57:39.449268+00
5012	8	32	2026-12-03 14:57:39.449268+00
5013	8	33	2026-12-03 14:57:39.449268+00
5014	8	34	2026-12-03 14:57:39.449268+00
5015	8	35	2026-12-03 14:57:39.449268+00
5016	8	36	2026-12-03 14:57:39.449268+00
5017	8	37	2026-12-03 14:57:39.449268+00
5018	8	38	2026-12-03 14:57:39.449268+00
5019	8	39	2026-12-03 14:57:39.449268+00
5020	8	40	2026-12-03 14:57:39.449268+00
5021	8	41	2026-12-03 14:57:39.449268+00
5022	8	42	2026-12-03 14:57:39.449268+00
5023	8	43	2026-12-03 14:57:39.449268+00
5024	8	44	2026-12-03 14:57:39.449268+00
5025	8	45	2026-12-03 14:57:39.449268+00
5026	8	46	2026-12-03 14:57:39.449268+00
5027	8	47	2026-12-03 14:57:39.449268+00
5028	8	48	2026-12-03 14:57:39.449268+00
5029	8	49	2026-12-03 14:57:39.449268+00
5030	8	50	2026-12-03 14:57:39.449268+00
5031	8	51	2026-12-03 14:57:39.449268+00
5032	8	52	2026-12-03 14:57:39.449268+00
5033	8	53	2026-12-03 14:57:39.449268+00
5034	8	54	2026-12-03 14:57:39.449268+00
5035	8	55	2026-12-03 14:57:39.449268+00
5036	8	56	2026-12-03 14:57:39.449268+00
5037	8	57	2026-12-03 14:57:39.449268+00
5038	8	58	2026-12-03 14:57:39.449268+00
5039	8	59	2026-12-03 14:57:39.449268+00
5040	8	60	2026-12-03 14:57:39.449268+00
5041	8	61	2026-12-03 14:57:39.449268+00
5042	8	62	2026-12-03 14:57:39.449268+00
5043	8	63	2026-12-03 14:57:39.449268+00
5044	8	64	2026-12-03 14:57:39.449268+00
5045	8	65	2026-12-03 14:57:39.449268+00
5046	8	66	2026-12-03 14:57:39.449268+00
5047	8	67	2026-12-03 14:57:39.449268+00
5048	8	68	2026-12-03 14:57:39.449268+00
5049	8	69	2026-12-03 14:57:39.449268+00
5050	8	70	2026-12-03 14:57:39.449268+00
5051	8	71	2026-12-03 14:57:39.449268+00
5052	8	72	2026-12-03 14:57:39.449268+00
5053	8	73	2026-12-03 14:57:39.449268+00
5054	8	74	2026-12-03 14:57:39.449268+00
5055	8	75	2026-12-03 14:57:39.449268+00
5056	8	76	2026-12-03 14:57:39.449268+00
5057	8	77	2026-12-03 14:57:39.449268+00
5058	8	78	2026-12-03 14:57:39.449268+00
5059	8	79	2026-12-03 14:57:39.449268+00
5060	8	80	2026-12-03 14:57:39.449268+00
5061	8	81	2026-12-03 14:57:39.449268+00
5062	8	82	2026-12-03 14:57:39.449268+00
5063	8	83	2026-12-03 14:57:39.449268+00
5064	8	84	2026-12-03 14:57:39.449268+00
5065	8	85	2026-12-03 14:57:39.449268+00
5066	8	86	2026-12-03 14:57:39.449268+00
5067	8	87	2026-12-03 14:57:39.449268+00
5068	8	88	2026-12-03 14:57:39.449268+00
5069	8	89	2026-12-03 14:57:39.449268+00
5070	8	90	2026-12-03 14:57:39.449268+00
5071	8	91	2026-12-03 14:57:39.449268+00
5072	8	92	2026-12-03 14:57:39.449268+00
5073	8	93	2026-12-03 14:57:39.449268+00
5074	8	94	2026-12-03 14:57:39.449268+00
5075	8	95	2026-12-03 14:57:39.449268+00
5076	8	96	2026-12-03 14:57:39.449268+00
5077	8	97	2026-12-03 14:57:39.449268+00
5078	8	98	2026-12-03 14:57:39.449268+00
5079	8	99	2026-12-03 14:57:39.449268+00
5080	8	100	2026-12-03 14:57:39.449268+00
5081	8	101	2026-12-03 14:57:39.449268+00
5082	8	102	2026-12-03 14:57:39.449268+00
5083	8	103	2026-12-03 14:57:39.449268+00
5084	8	104	2026-12-03 14:57:39.449268+00
5085	8	105	2026-12-03 14:57:39.449268+00
5086	8	106	2026-12-03 14:57:39.449268+00
5087	8	107	2026-12-03 14:57:39.449268+00
5088	8	108	2026-12-03 14:57:39.449268+00
5089	8	109	2026-12-03 14:57:39.449268+00
5090	8	110	2026-12-03 14:57:39.449268+00
5091	8	111	2026-12-03 14:57:39.449268+00
5092	8	112	2026-12-03 14:57:39.449268+00
5093	8	113	2026-12-03 14:57:39.449268+00
5094	8	114	2026-12-03 14:57:39.449268+00
5095	8	115	2026-12-03 14:57:39.449268+00
5096	8	116	2026-12-03 14:57:39.449268+00
5097	8	117	2026-12-03 14:57:39.449268+00
5098	8	118	2026-12-03 14:57:39.449268+00
5099	8	119	2026-12-03 14:57:39.449268+00
5100	8	120	2026-12-03 14:57:39.449268+00
5101	8	121	2026-12-03 14:57:39.449268+00
5102	8	122	2026-12-03 14:57:39.449268+00
5103	8	123	2026-12-03 14:57:39.449268+00
5104	8	124	2026-12-03 14:57:39.449268+00
5105	8	125	2026-12-03 14:57:39.449268+00
5106	8	126	2026-12-03 14:57:39.449268+00
5107	8	127	2026-12-03 14:57:39.449268+00
5108	8	128	2026-12-03 14:57:39.449268+00
5109	8	129	2026-12-03 14:57:39.449268+00
5110	8	130	2026-12-03 14:57:39.449268+00
5111	8	131	2026-12-03 14:57:39.449268+00
5112	8	132	2026-12-03 14:57:39.449268+00
5113	8	133	2026-12-03 14:57:39.449268+00
5114	8	134	2026-12-03 14:57:39.449268+00
5115	8	135	2026-12-03 14:57:39.449268+00
5116	8	136	2026-12-03 14:57:39.449268+00
5117	8	137	2026-12-03 14:57:39.449268+00
5118	8	138	2026-12-03 14:57:39.449268+00
5119	8	139	2026-12-03 14:57:39.449268+00
5120	8	140	2026-12-03 14:57:39.449268+00
5121	8	141	2026-12-03 14:57:39.449268+00
5122	8	142	2026-12-03 14:57:39.449268+00
5123	8	143	2026-12-03 14:57:39.449268+00
5124	8	144	2026-12-03 14:57:39.449268+00
5125	8	145	2026-12-03 14:57:39.449268+00
5126	8	146	2026-12-03 14:57:39.449268+00
5127	8	147	2026-12-03 14:57:39.449268+00
5128	8	148	2026-12-03 14:57:39.449268+00
5129	8	149	2026-12-03 14:57:39.449268+00
5130	8	150	2026-12-03 14:57:39.449268+00
5131	8	151	2026-12-03 14:57:39.449268+00
5132	8	152	2026-12-03 14:57:39.449268+00
5133	8	153	2026-12-03 14:57:39.449268+00
5134	8	154	2026-12-03 14:57:39.449268+00
5135	8	155	2026-12-03 14:57:39.449268+00
5136	8	156	2026-12-03 14:57:39.449268+00
5137	8	157	2026-12-03 14:57:39.449268+00
5138	8	158	2026-12-03 14:57:39.449268+00
5139	8	159	2026-12-03 14:57:39.449268+00
5140	8	160	2026-12-03 14:57:39.449268+00
5141	8	161	2026-12-03 14:57:39.449268+00
5142	8	162	2026-12-03 14:57:39.449268+00
5143	8	163	2026-12-03 14:57:39.449268+00
5144	8	164	2026-12-03 14:57:39.449268+00
5145	8	165	2026-12-03 14:57:39.449268+00
5146	8	166	2026-12-03 14:57:39.449268+00
5147	8	167	2026-12-03 14:57:39.449268+00
5148	8	168	2026-12-03 14:57:39.449268+00
5149	8	169	2026-12-03 14:57:39.449268+00
5150	8	170	2026-12-03 14:57:39.449268+00
5151	8	171	2026-12-03 14:57:39.449268+00
5152	8	172	2026-12-03 14:57:39.449268+00
5153	8	173	2026-12-03 14:57:39.449268+00
5154	8	174	2026-12-03 14:57:39.449268+00
5155	8	175	2026-12-03 14:57:39.449268+00
5156	8	176	2026-12-03 14:57:39.449268+00
5157	8	177	2026-12-03 14:57:39.449268+00
5158	8	178	2026-12-03 14:57:39.449268+00
5159	8	179	2026-12-03 14:57:39.449268+00
5160	8	180	2026-12-03 14:57:39.449268+00
5161	8	181	2026-12-03 14:57:39.449268+00
5162	8	182	2026-12-03 14:57:39.449268+00
5163	8	183	2026-12-03 14:57:39.449268+00
5164	8	184	2026-12-03 14:57:39.449268+00
5165	8	185	2026-12-03 14:57:39.449268+00
5166	8	186	2026-12-03 14:57:39.449268+00
5167	8	187	2026-12-03 14:57:39.449268+00
5168	8	188	2026-12-03 14:57:39.449268+00
5169	8	189	2026-12-03 14:57:39.449268+00
5170	8	190	2026-12-03 14:57:39.449268+00
5171	8	191	2026-12-03 14:57:39.449268+00
5172	8	192	2026-12-03 14:57:39.449268+00
5173	8	193	2026-12-03 14:57:39.449268+00
5174	8	194	2026-12-03 14:57:39.449268+00
5175	8	195	2026-12-03 14:57:39.449268+00
5176	8	196	2026-12-03 14:57:39.449268+00
5177	8	197	2026-12-03 14:57:39.449268+00
5178	8	198	2026-12-03 14:57:39.449268+00
5179	8	199	2026-12-03 14:57:39.449268+00
5180	8	200	2026-12-03 14:57:39.449268+00
5181	8	201	2026-12-03 14:57:39.449268+00
5182	8	202	2026-12-03 14:57:39.449268+00
5183	8	203	2026-12-03 14:57:39.449268+00
5184	8	204	2026-12-03 14:57:39.449268+00
5185	8	205	2026-12-03 14:57:39.449268+00
5186	8	206	2026-12-03 14:57:39.449268+00
5187	8	207	2026-12-03 14:57:39.449268+00
5188	8	208	2026-12-03 14:57:39.449268+00
5189	8	209	2026-12-03 14:57:39.449268+00
5190	8	210	2026-12-03 14:57:39.449268+00
5191	8	211	2026-12-03 14:57:39.449268+00
5192	8	212	2026-12-03 14:57:39.449268+00
5193	8	213	2026-12-03 14:57:39.449268+00
5194	8	214	2026-12-03 14:57:39.449268+00
5195	8	215	2026-12-03 14:57:39.449268+00
5196	8	216	2026-12-03 14:57:39.449268+00
5197	8	217	2026-12-03 14:57:39.449268+00
5198	8	218	2026-12-03 14:57:39.449268+00
5199	8	219	2026-12-03 14:57:39.449268+00
5200	8	220	2026-12-03 14:57:39.449268+00
5201	8	221	2026-12-03 14:57:39.449268+00
5202	8	222	2026-12-03 14:57:39.449268+00
5203	8	223	2026-12-03 14:57:39.449268+00
5204	8	224	2026-12-03 14:57:39.449268+00
5205	8	225	2026-12-03 14:57:39.449268+00
5206	8	226	2026-12-03 14:57:39.449268+00
5207	8	227	2026-12-03 14:57:39.449268+00
5208	8	228	2026-12-03 14:57:39.449268+00
5209	8	229	2026-12-03 14:57:39.449268+00
5210	8	230	2026-12-03 14:57:39.449268+00
5211	8	231	2026-12-03 14:57:39.449268+00
5212	8	232	2026-12-03 14:57:39.449268+00
5213	8	233	2026-12-03 14:57:39.449268+00
5214	8	234	2026-12-03 14:57:39.449268+00
5215	8	235	2026-12-03 14:57:39.449268+00
5216	8	236	2026-12-03 14:57:39.449268+00
5217	8	237	2026-12-03 14:57:39.449268+00
5218	8	238	2026-12-03 14:57:39.449268+00
5219	8	239	2026-12-03 14:57:39.449268+00
5220	8	240	2026-12-03 14:57:39.449268+00
5221	8	241	2026-12-03 14:57:39.449268+00
5222	8	242	2026-12-03 14:57:39.449268+00
5223	8	243	2026-12-03 14:57:39.449268+00
5224	8	244	2026-12-03 14:57:39.449268+00
5225	8	245	2026-12-03 14:57:39.449268+00
5226	8	246	2026-12-03 14:57:39.449268+00
5227	8	247	2026-12-03 14:57:39.449268+00
5228	8	248	2026-12-03 14:57:39.449268+00
5229	8	249	2026-12-03 14:57:39.449268+00
5230	8	250	2026-12-03 14:57:39.449268+00
5231	8	251	2026-12-03 14:57:39.449268+00
5232	8	252	2026-12-03 14:57:39.449268+00
5233	8	253	2026-12-03 14:57:39.449268+00
5234	8	254	2026-12-03 14:57:39.449268+00
5235	8	255	2026-12-03 14:57:39.449268+00
5236	8	256	2026-12-03 14:57:39.449268+00
5237	8	257	2026-12-03 14:57:39.449268+00
5238	8	258	2026-12-03 14:57:39.449268+00
5239	8	259	2026-12-03 14:57:39.449268+00
5240	8	260	2026-12-03 14:57:39.449268+00
5241	8	261	2026-12-03 14:57:39.449268+00
5242	8	262	2026-12-03 14:57:39.449268+00
5243	8	263	2026-12-03 14:57:39.449268+00
5244	8	264	2026-12-03 14:57:39.449268+00
5245	8	265	2026-12-03 14:57:39.449268+00
5246	8	266	2026-12-03 14:57:39.449268+00
5247	8	267	2026-12-03 14:57:39.449268+00
5248	8	268	2026-12-03 14:57:39.449268+00
5249	8	269	2026-12-03 14:57:39.449268+00
5250	8	270	2026-12-03 14:57:39.449268+00
5251	8	271	2026-12-03 14:57:39.449268+00
5252	8	272	2026-12-03 14:57:39.449268+00
5253	8	273	2026-12-03 14:57:39.449268+00
5254	8	274	2026-12-03 14:57:39.449268+00
5255	8	275	2026-12-03 14:57:39.449268+00
5256	8	276	2026-12-03 14:57:39.449268+00
5257	8	277	2026-12-03 14:57:39.449268+00
5258	8	278	2026-12-03 14:57:39.449268+00
5259	8	279	2026-12-03 14:57:39.449268+00
5260	8	280	2026-12-03 14:57:39.449268+00
5261	8	281	2026-12-03 14:57:39.449268+00
5262	8	282	2026-12-03 14:57:39.449268+00
5263	8	283	2026-12-03 14:57:39.449268+00
5264	8	284	2026-12-03 14:57:39.449268+00
5265	8	285	2026-12-03 14:57:39.449268+00
5266	8	286	2026-12-03 14:57:39.449268+00
5267	8	287	2026-12-03 14:57:39.449268+00
5268	8	288	2026-12-03 14:57:39.449268+00
5269	8	289	2026-12-03 14:57:39.449268+00
5270	8	290	2026-12-03 14:57:39.449268+00
5271	8	291	2026-12-03 14:57:39.449268+00
5272	8	292	2026-12-03 14:57:39.449268+00
5273	8	293	2026-12-03 14:57:39.449268+00
5274	8	294	2026-12-03 14:57:39.449268+00
5275	8	295	2026-12-03 14:57:39.449268+00
5276	8	296	2026-12-03 14:57:39.449268+00
5277	8	297	2026-12-03 14:57:39.449268+00
5278	8	298	2026-12-03 14:57:39.449268+00
5279	8	299	2026-12-03 14:57:39.449268+00
5280	8	300	2026-12-03 14:57:39.449268+00
5281	8	301	2026-12-03 14:57:39.449268+00
5282	8	302	2026-12-03 14:57:39.449268+00
5283	8	303	2026-12-03 14:57:39.449268+00
5284	8	304	2026-12-03 14:57:39.449268+00
5285	8	305	2026-12-03 14:57:39.449268+00
5286	8	306	2026-12-03 14:57:39.449268+00
5287	8	307	2026-12-03 14:57:39.449268+00
5288	8	308	2026-12-03 14:57:39.449268+00
5289	8	309	2026-12-03 14:57:39.449268+00
5290	8	310	2026-12-03 14:57:39.449268+00
5291	8	311	2026-12-03 14:57:39.449268+00
5292	8	312	2026-12-03 14:57:39.449268+00
5293	8	313	2026-12-03 14:57:39.449268+00
5294	8	314	2026-12-03 14:57:39.449268+00
5295	8	315	2026-12-03 14:57:39.449268+00
5296	8	316	2026-12-03 14:57:39.449268+00
5297	8	317	2026-12-03 14:57:39.449268+00
5298	8	318	2026-12-03 14:57:39.449268+00
5299	8	319	2026-12-03 14:57:39.449268+00
5300	8	320	2026-12-03 14:57:39.449268+00
5301	8	321	2026-12-03 14:57:39.449268+00
5302	8	322	2026-12-03 14:57:39.449268+00
5303	8	323	2026-12-03 14:57:39.449268+00
5304	8	324	2026-12-03 14:57:39.449268+00
5305	8	325	2026-12-03 14:57:39.449268+00
5306	8	326	2026-12-03 14:57:39.449268+00
5307	8	327	2026-12-03 14:57:39.449268+00
5308	8	328	2026-12-03 14:57:39.449268+00
5309	8	329	2026-12-03 14:57:39.449268+00
5310	8	330	2026-12-03 14:57:39.449268+00
5311	8	331	2026-12-03 14:57:39.449268+00
5312	8	332	2026-12-03 14:57:39.449268+00
5313	8	333	2026-12-03 14:57:39.449268+00
5314	8	334	2026-12-03 14:57:39.449268+00
5315	8	335	2026-12-03 14:57:39.449268+00
5316	8	336	2026-12-03 14:57:39.449268+00
5317	8	337	2026-12-03 14:57:39.449268+00
5318	8	338	2026-12-03 14:57:39.449268+00
5319	8	339	2026-12-03 14:57:39.449268+00
5320	8	340	2026-12-03 14:57:39.449268+00
5321	8	341	2026-12-03 14:57:39.449268+00
5322	8	342	2026-12-03 14:57:39.449268+00
5323	8	343	2026-12-03 14:57:39.449268+00
5324	8	344	2026-12-03 14:57:39.449268+00
5325	8	345	2026-12-03 14:57:39.449268+00
5326	8	346	2026-12-03 14:57:39.449268+00
5327	8	347	2026-12-03 14:57:39.449268+00
5328	8	348	2026-12-03 14:57:39.449268+00
5329	8	349	2026-12-03 14:57:39.449268+00
5330	8	350	2026-12-03 14:57:39.449268+00
5331	8	351	2026-12-03 14:57:39.449268+00
5332	8	352	2026-12-03 14:57:39.449268+00
5333	8	353	2026-12-03 14:57:39.449268+00
5334	8	354	2026-12-03 14:57:39.449268+00
5335	8	355	2026-12-03 14:57:39.449268+00
5336	8	356	2026-12-03 14:57:39.449268+00
5337	8	357	2026-12-03 14:57:39.449268+00
5338	8	358	2026-12-03 14:57:39.449268+00
5339	8	359	2026-12-03 14:57:39.449268+00
5340	8	360	2026-12-03 14:57:39.449268+00
5341	8	361	2026-12-03 14:57:39.449268+00
5342	8	362	2026-12-03 14:57:39.449268+00
5343	8	363	2026-12-03 14:57:39.449268+00
5344	8	364	2026-12-03 14:57:39.449268+00
5345	8	365	2026-12-03 14:57:39.449268+00
5346	8	366	2026-12-03 14:57:39.449268+00
5347	8	367	2026-12-03 14:57:39.449268+00
5348	8	368	2026-12-03 14:57:39.449268+00
5349	8	369	2026-12-03 14:57:39.449268+00
5350	8	370	2026-12-03 14:57:39.449268+00
5351	8	371	2026-12-03 14:57:39.449268+00
5352	8	372	2026-12-03 14:57:39.449268+00
5353	8	373	2026-12-03 14:57:39.449268+00
5354	8	374	2026-12-03 14:57:39.449268+00
5355	8	375	2026-12-03 14:57:39.449268+00
5356	8	376	2026-12-03 14:57:39.449268+00
5357	8	377	2026-12-03 14:57:39.449268+00
5358	8	378	2026-12-03 14:57:39.449268+00
5359	8	379	2026-12-03 14:57:39.449268+00
5360	8	380	2026-12-03 14:57:39.449268+00
5361	8	381	2026-12-03 14:57:39.449268+00
5362	8	382	2026-12-03 14:57:39.449268+00
5363	8	383	2026-12-03 14:57:39.449268+00
5364	8	384	2026-12-03 14:57:39.449268+00
5365	8	385	2026-12-03 14:57:39.449268+00
5366	8	386	2026-12-03 14:57:39.449268+00
5367	8	387	2026-12-03 14:57:39.449268+00
5368	8	388	2026-12-03 14:57:39.449268+00
5369	8	389	2026-12-03 14:57:39.449268+00
5370	8	390	2026-12-03 14:57:39.449268+00
5371	8	391	2026-12-03 14:57:39.449268+00
5372	8	392	2026-12-03 14:57:39.449268+00
5373	8	393	2026-12-03 14:57:39.449268+00
5374	8	394	2026-12-03 14:57:39.449268+00
5375	8	395	2026-12-03 14:57:39.449268+00
5376	8	396	2026-12-03 14:57:39.449268+00
5377	8	397	2026-12-03 14:57:39.449268+00
5378	8	398	2026-12-03 14:57:39.449268+00
5379	8	399	2026-12-03 14:57:39.449268+00
5380	8	400	2026-12-03 14:57:39.449268+00
5381	8	401	2026-12-03 14:57:39.449268+00
5382	8	402	2026-12-03 14:57:39.449268+00
5383	8	403	2026-12-03 14:57:39.449268+00
5384	8	404	2026-12-03 14:57:39.449268+00
5385	8	405	2026-12-03 14:57:39.449268+00
5386	8	406	2026-12-03 14:57:39.449268+00
5387	8	407	2026-12-03 14:57:39.449268+00
5388	8	408	2026-12-03 14:57:39.449268+00
5389	8	409	2026-12-03 14:57:39.449268+00
5390	8	410	2026-12-03 14:57:39.449268+00
5391	8	411	2026-12-03 14:57:39.449268+00
5392	8	412	2026-12-03 14:57:39.449268+00
5393	8	413	2026-12-03 14:57:39.449268+00
5394	8	414	2026-12-03 14:57:39.449268+00
5395	8	415	2026-12-03 14:57:39.449268+00
5396	8	416	2026-12-03 14:57:39.449268+00
5397	8	417	2026-12-03 14:57:39.449268+00
5398	8	418	2026-12-03 14:57:39.449268+00
5399	8	419	2026-12-03 14:57:39.449268+00
5400	8	420	2026-12-03 14:57:39.449268+00
5401	8	421	2026-12-03 14:57:39.449268+00
5402	8	422	2026-12-03 14:57:39.449268+00
5403	8	423	2026-12-03 14:57:39.449268+00
5404	8	424	2026-12-03 14:57:39.449268+00
5405	8	425	2026-12-03 14:57:39.449268+00
5406	8	426	2026-12-03 14:57:39.449268+00
5407	8	427	2026-12-03 14:57:39.449268+00
5408	8	428	2026-12-03 14:57:39.449268+00
5409	8	429	2026-12-03 14:57:39.449268+00
5410	8	430	2026-12-03 14:57:39.449268+00
5411	8	431	2026-12-03 14:57:39.449268+00
5412	8	432	2026-12-03 14:57:39.449268+00
5413	8	433	2026-12-03 14:57:39.449268+00
5414	8	434	2026-12-03 14:57:39.449268+00
5415	8	435	2026-12-03 14:57:39.449268+00
5416	8	436	2026-12-03 14:57:39.449268+00
5417	8	437	2026-12-03 14:57:39.449268+00
5418	8	438	2026-12-03 14:57:39.449268+00
5419	8	439	2026-12-03 14:57:39.449268+00
5420	8	440	2026-12-03 14:57:39.449268+00
5421	8	441	2026-12-03 14:57:39.449268+00
5422	8	442	2026-12-03 14:57:39.449268+00
5423	8	443	2026-12-03 14:57:39.449268+00
5424	8	444	2026-12-03 14:57:39.449268+00
5425	8	445	2026-12-03 14:57:39.449268+00
5426	8	446	2026-12-03 14:57:39.449268+00
5427	8	447	2026-12-03 14:57:39.449268+00
5428	8	448	2026-12-03 14:57:39.449268+00
5429	8	449	2026-12-03 14:57:39.449268+00
5430	8	450	2026-12-03 14:57:39.449268+00
5431	8	451	2026-12-03 14:57:39.449268+00
5432	8	452	2026-12-03 14:57:39.449268+00
5433	8	453	2026-12-03 14:57:39.449268+00
5434	8	454	2026-12-03 14:57:39.449268+00
5435	8	455	2026-12-03 14:57:39.449268+00
5436	8	456	2026-12-03 14:57:39.449268+00
5437	8	457	2026-12-03 14:57:39.449268+00
5438	8	458	2026-12-03 14:57:39.449268+00
5439	8	459	2026-12-03 14:57:39.449268+00
5440	8	460	2026-12-03 14:57:39.449268+00
5441	8	461	2026-12-03 14:57:39.449268+00
5442	8	462	2026-12-03 14:57:39.449268+00
5443	8	463	2026-12-03 14:57:39.449268+00
5444	8	464	2026-12-03 14:57:39.449268+00
5445	8	465	2026-12-03 14:57:39.449268+00
5446	8	466	2026-12-03 14:57:39.449268+00
5447	8	467	2026-12-03 14:57:39.449268+00
5448	8	468	2026-12-03 14:57:39.449268+00
5449	8	469	2026-12-03 14:57:39.449268+00
5450	8	470	2026-12-03 14:57:39.449268+00
5451	8	471	2026-12-03 14:57:39.449268+00
5452	8	472	2026-12-03 14:57:39.449268+00
5453	8	473	2026-12-03 14:57:39.449268+00
5454	8	474	2026-12-03 14:57:39.449268+00
5455	8	475	2026-12-03 14:57:39.449268+00
5456	8	476	2026-12-03 14:57:39.449268+00
5457	8	477	2026-12-03 14:57:39.449268+00
5458	8	478	2026-12-03 14:57:39.449268+00
5459	8	479	2026-12-03 14:57:39.449268+00
5460	8	480	2026-12-03 14:57:39.449268+00
5461	8	481	2026-12-03 14:57:39.449268+00
5462	8	482	2026-12-03 14:57:39.449268+00
5463	8	483	2026-12-03 14:57:39.449268+00
5464	8	484	2026-12-03 14:57:39.449268+00
5465	8	485	2026-12-03 14:57:39.449268+00
5466	8	486	2026-12-03 14:57:39.449268+00
5467	8	487	2026-12-03 14:57:39.449268+00
5468	8	488	2026-12-03 14:57:39.449268+00
5469	8	489	2026-12-03 14:57:39.449268+00
5470	8	490	2026-12-03 14:57:39.449268+00
5471	8	491	2026-12-03 14:57:39.449268+00
5472	8	492	2026-12-03 14:57:39.449268+00
5473	8	493	2026-12-03 14:57:39.449268+00
5474	8	494	2026-12-03 14:57:39.449268+00
5475	8	495	2026-12-03 14:57:39.449268+00
5476	8	496	2026-12-03 14:57:39.449268+00
5477	8	497	2026-12-03 14:57:39.449268+00
5478	8	498	2026-12-03 14:57:39.449268+00
5479	8	499	2026-12-03 14:57:39.449268+00
5480	8	500	2026-12-03 14:57:39.449268+00
5481	8	501	2026-12-03 14:57:39.449268+00
5482	8	502	2026-12-03 14:57:39.449268+00
5483	8	503	2026-12-03 14:57:39.449268+00
5484	8	504	2026-12-03 14:57:39.449268+00
5485	8	505	2026-12-03 14:57:39.449268+00
5486	8	506	2026-12-03 14:57:39.449268+00
5487	8	507	2026-12-03 14:57:39.449268+00
5488	8	508	2026-12-03 14:57:39.449268+00
5489	8	509	2026-12-03 14:57:39.449268+00
5490	8	510	2026-12-03 14:57:39.449268+00
5491	8	511	2026-12-03 14:57:39.449268+00
5492	8	512	2026-12-03 14:57:39.449268+00
5493	8	513	2026-12-03 14:57:39.449268+00
5494	8	514	2026-12-03 14:57:39.449268+00
5495	8	515	2026-12-03 14:57:39.449268+00
5496	8	516	2026-12-03 14:57:39.449268+00
5497	8	517	2026-12-03 14:57:39.449268+00
5498	8	518	2026-12-03 14:57:39.449268+00
5499	8	519	2026-12-03 14:57:39.449268+00
5500	8	520	2026-12-03 14:57:39.449268+00
5501	8	521	2026-12-03 14:57:39.449268+00
5502	8	522	2026-12-03 14:57:39.449268+00
5503	8	523	2026-12-03 14:57:39.449268+00
5504	8	524	2026-12-03 14:57:39.449268+00
5505	8	525	2026-12-03 14:57:39.449268+00
5506	8	526	2026-12-03 14:57:39.449268+00
5507	8	527	2026-12-03 14:57:39.449268+00
5508	8	528	2026-12-03 14:57:39.449268+00
5509	8	529	2026-12-03 14:57:39.449268+00
5510	8	530	2026-12-03 14:57:39.449268+00
5511	8	531	2026-12-03 14:57:39.449268+00
5512	8	532	2026-12-03 14:57:39.449268+00
5513	8	533	2026-12-03 14:57:39.449268+00
5514	8	534	2026-12-03 14:57:39.449268+00
5515	8	535	2026-12-03 14:57:39.449268+00
5516	8	536	2026-12-03 14:57:39.449268+00
5517	8	537	2026-12-03 14:57:39.449268+00
5518	8	538	2026-12-03 14:57:39.449268+00
5519	8	539	2026-12-03 14:57:39.449268+00
5520	8	540	2026-12-03 14:57:39.449268+00
5521	8	541	2026-12-03 14:57:39.449268+00
5522	8	542	2026-12-03 14:57:39.449268+00
5523	8	543	2026-12-03 14:57:39.449268+00
5524	8	544	2026-12-03 14:57:39.449268+00
5525	8	545	2026-12-03 14:57:39.449268+00
5526	8	546	2026-12-03 14:57:39.449268+00
5527	8	547	2026-12-03 14:57:39.449268+00
5528	8	548	2026-12-03 14:57:39.449268+00
5529	8	549	2026-12-03 14:57:39.449268+00
5530	8	550	2026-12-03 14:57:39.449268+00
5531	8	551	2026-12-03 14:57:39.449268+00
5532	8	552	2026-12-03 14:57:39.449268+00
5533	8	553	2026-12-03 14:57:39.449268+00
5534	8	554	2026-12-03 14:57:39.449268+00
5535	8	555	2026-12-03 14:57:39.449268+00
5536	8	556	2026-12-03 14:57:39.449268+00
5537	8	557	2026-12-03 14:57:39.449268+00
5538	8	558	2026-12-03 14:57:39.449268+00
5539	8	559	2026-12-03 14:57:39.449268+00
5540	8	560	2026-12-03 14:57:39.449268+00
5541	8	561	2026-12-03 14:57:39.449268+00
5542	8	562	2026-12-03 14:57:39.449268+00
5543	8	563	2026-12-03 14:57:39.449268+00
5544	8	564	2026-12-03 14:57:39.449268+00
5545	8	565	2026-12-03 14:57:39.449268+00
5546	8	566	2026-12-03 14:57:39.449268+00
5547	8	567	2026-12-03 14:57:39.449268+00
5548	8	568	2026-12-03 14:57:39.449268+00
5549	8	569	2026-12-03 14:57:39.449268+00
5550	8	570	2026-12-03 14:57:39.449268+00
5551	8	571	2026-12-03 14:57:39.449268+00
5552	8	572	2026-12-03 14:57:39.449268+00
5553	8	573	2026-12-03 14:57:39.449268+00
5554	8	574	2026-12-03 14:57:39.449268+00
5555	8	575	2026-12-03 14:57:39.449268+00
5556	8	576	2026-12-03 14:57:39.449268+00
5557	8	577	2026-12-03 14:57:39.449268+00
5558	8	578	2026-12-03 14:57:39.449268+00
5559	8	579	2026-12-03 14:57:39.449268+00
5560	8	580	2026-12-03 14:57:39.449268+00
5561	8	581	2026-12-03 14:57:39.449268+00
5562	8	582	2026-12-03 14:57:39.449268+00
5563	8	583	2026-12-03 14:57:39.449268+00
5564	8	584	2026-12-03 14:57:39.449268+00
5565	8	585	2026-12-03 14:57:39.449268+00
5566	8	586	2026-12-03 14:57:39.449268+00
5567	8	587	2026-12-03 14:57:39.449268+00
5568	8	588	2026-12-03 14:57:39.449268+00
5569	8	589	2026-12-03 14:57:39.449268+00
5570	8	590	2026-12-03 14:57:39.449268+00
5571	8	591	2026-12-03 14:57:39.449268+00
5572	8	592	2026-12-03 14:57:39.449268+00
5573	8	593	2026-12-03 14:57:39.449268+00
5574	8	594	2026-12-03 14:57:39.449268+00
5575	8	595	2026-12-03 14:57:39.449268+00
5576	8	596	2026-12-03 14:57:39.449268+00
5577	8	597	2026-12-03 14:57:39.449268+00
5578	8	598	2026-12-03 14:57:39.449268+00
5579	8	599	2026-12-03 14:57:39.449268+00
5580	8	600	2026-12-03 14:57:39.449268+00
5581	8	601	2026-12-03 14:57:39.449268+00
5582	8	602	2026-12-03 14:57:39.449268+00
5583	8	603	2026-12-03 14:57:39.449268+00
5584	8	604	2026-12-03 14:57:39.449268+00
5585	8	605	2026-12-03 14:57:39.449268+00
5586	8	606	2026-12-03 14:57:39.449268+00
5587	8	607	2026-12-03 14:57:39.449268+00
5588	8	608	2026-12-03 14:57:39.449268+00
5589	8	609	2026-12-03 14:57:39.449268+00
5590	8	610	2026-12-03 14:57:39.449268+00
5591	8	611	2026-12-03 14:57:39.449268+00
5592	8	612	2026-12-03 14:57:39.449268+00
5593	8	613	2026-12-03 14:57:39.449268+00
5594	8	614	2026-12-03 14:57:39.449268+00
5595	8	615	2026-12-03 14:57:39.449268+00
5596	8	616	2026-12-03 14:57:39.449268+00
5597	8	617	2026-12-03 14:57:39.449268+00
5598	8	618	2026-12-03 14:57:39.449268+00
5599	8	619	2026-12-03 14:57:39.449268+00
5600	8	620	2026-12-03 14:57:39.449268+00
5601	8	621	2026-12-03 14:57:39.449268+00
5602	8	622	2026-12-03 14:57:39.449268+00
5603	8	623	2026-12-03 14:57:39.449268+00
5604	8	624	2026-12-03 14:57:39.449268+00
5605	8	625	2026-12-03 14:57:39.449268+00
5606	8	626	2026-12-03 14:57:39.449268+00
5607	8	627	2026-12-03 14:57:39.449268+00
5608	8	628	2026-12-03 14:57:39.449268+00
5609	8	629	2026-12-03 14:57:39.449268+00
5610	8	630	2026-12-03 14:57:39.449268+00
5611	8	631	2026-12-03 14:57:39.449268+00
5612	8	632	2026-12-03 14:57:39.449268+00
5613	8	633	2026-12-03 14:57:39.449268+00
5614	8	634	2026-12-03 14:57:39.449268+00
5615	8	635	2026-12-03 14:57:39.449268+00
5616	8	636	2026-12-03 14:57:39.449268+00
5617	8	637	2026-12-03 14:57:39.449268+00
5618	8	638	2026-12-03 14:57:39.449268+00
5619	8	639	2026-12-03 14:57:39.449268+00
5620	8	640	2026-12-03 14:57:39.449268+00
5621	8	641	2026-12-03 14:57:39.449268+00
5622	8	642	2026-12-03 14:57:39.449268+00
5623	8	643	2026-12-03 14:57:39.449268+00
5624	8	644	2026-12-03 14:57:39.449268+00
5625	8	645	2026-12-03 14:57:39.449268+00
5626	8	646	2026-12-03 14:57:39.449268+00
5627	8	647	2026-12-03 14:57:39.449268+00
5628	8	648	2026-12-03 14:57:39.449268+00
5629	8	649	2026-12-03 14:57:39.449268+00
5630	8	650	2026-12-03 14:57:39.449268+00
5631	8	651	2026-12-03 14:57:39.449268+00
5632	8	652	2026-12-03 14:57:39.449268+00
5633	8	653	2026-12-03 14:57:39.449268+00
5634	8	654	2026-12-03 14:57:39.449268+00
5635	8	655	2026-12-03 14:57:39.449268+00
5636	8	656	2026-12-03 14:57:39.449268+00
5637	8	657	2026-12-03 14:57:39.449268+00
5638	8	658	2026-12-03 14:57:39.449268+00
5639	8	659	2026-12-03 14:57:39.449268+00
5640	8	660	2026-12-03 14:57:39.449268+00
5641	8	661	2026-12-03 14:57:39.449268+00
5642	8	662	2026-12-03 14:57:39.449268+00
5643	8	663	2026-12-03 14:57:39.449268+00
5644	8	664	2026-12-03 14:57:39.449268+00
5645	8	665	2026-12-03 14:57:39.449268+00
5646	8	666	2026-12-03 14:57:39.449268+00
5647	8	667	2026-12-03 14:57:39.449268+00
5648	8	668	2026-12-03 14:57:39.449268+00
5649	8	669	2026-12-03 14:57:39.449268+00
5650	8	670	2026-12-03 14:57:39.449268+00
5651	8	671	2026-12-03 14:57:39.449268+00
5652	8	672	2026-12-03 14:57:39.449268+00
5653	8	673	2026-12-03 14:57:39.449268+00
5654	8	674	2026-12-03 14:57:39.449268+00
5655	8	675	2026-12-03 14:57:39.449268+00
5656	8	676	2026-12-03 14:57:39.449268+00
5657	8	677	2026-12-03 14:57:39.449268+00
5658	8	678	2026-12-03 14:57:39.449268+00
5659	8	679	2026-12-03 14:57:39.449268+00
5660	8	680	2026-12-03 14:57:39.449268+00
5661	8	681	2026-12-03 14:57:39.449268+00
5662	8	682	2026-12-03 14:57:39.449268+00
5663	8	683	2026-12-03 14:57:39.449268+00
5664	8	684	2026-12-03 14:57:39.449268+00
5665	8	685	2026-12-03 14:57:39.449268+00
5666	8	686	2026-12-03 14:57:39.449268+00
5667	8	687	2026-12-03 14:57:39.449268+00
5668	8	688	2026-12-03 14:57:39.449268+00
5669	8	689	2026-12-03 14:57:39.449268+00
5670	8	690	2026-12-03 14:57:39.449268+00
5671	8	691	2026-12-03 14:57:39.449268+00
5672	8	692	2026-12-03 14:57:39.449268+00
5673	8	693	2026-12-03 14:57:39.449268+00
5674	8	694	2026-12-03 14:57:39.449268+00
5675	8	695	2026-12-03 14:57:39.449268+00
5676	8	696	2026-12-03 14:57:39.449268+00
5677	8	697	2026-12-03 14:57:39.449268+00
5678	8	698	2026-12-03 14:57:39.449268+00
5679	8	699	2026-12-03 14:57:39.449268+00
5680	8	700	2026-12-03 14:57:39.449268+00
5681	8	701	2026-12-03 14:57:39.449268+00
5682	8	702	2026-12-03 14:57:39.449268+00
5683	8	703	2026-12-03 14:57:39.449268+00
5684	8	704	2026-12-03 14:57:39.449268+00
5685	8	705	2026-12-03 14:57:39.449268+00
5686	8	706	2026-12-03 14:57:39.449268+00
5687	8	707	2026-12-03 14:57:39.449268+00
5688	8	708	2026-12-03 14:57:39.449268+00
5689	8	709	2026-12-03 14:57:39.449268+00
5690	8	710	2026-12-03 14:57:39.449268+00
5691	8	711	2026-12-03 14:57:39.449268+00
5692	8	712	2026-12-03 14:57:39.449268+00
5693	8	713	2026-12-03 14:57:39.449268+00
5694	8	714	2026-12-03 14:57:39.449268+00
5695	8	715	2026-12-03 14:57:39.449268+00
5696	8	716	2026-12-03 14:57:39.449268+00
5697	8	717	2026-12-03 14:57:39.449268+00
5698	8	718	2026-12-03 14:57:39.449268+00
5699	8	719	2026-12-03 14:57:39.449268+00
5700	8	720	2026-12-03 14:57:39.449268+00
5701	8	721	2026-12-03 14:57:39.449268+00
5702	8	722	2026-12-03 14:57:39.449268+00
5703	8	723	2026-12-03 14:57:39.449268+00
5704	8	724	2026-12-03 14:57:39.449268+00
5705	8	725	2026-12-03 14:57:39.449268+00
5706	8	726	2026-12-03 14:57:39.449268+00
5707	8	727	2026-12-03 14:57:39.449268+00
5708	8	728	2026-12-03 14:57:39.449268+00
5709	8	729	2026-12-03 14:57:39.449268+00
5710	8	730	2026-12-03 14:57:39.449268+00
5711	8	731	2026-12-03 14:57:39.449268+00
5712	8	732	2026-12-03 14:57:39.449268+00
5713	8	733	2026-12-03 14:57:39.449268+00
5714	8	734	2026-12-03 14:57:39.449268+00
5715	8	735	2026-12-03 14:57:39.449268+00
5716	8	736	2026-12-03 14:57:39.449268+00
5717	8	737	2026-12-03 14:57:39.449268+00
5718	8	738	2026-12-03 14:57:39.449268+00
5719	8	739	2026-12-03 14:57:39.449268+00
5720	8	740	2026-12-03 14:57:39.449268+00
5721	8	741	2026-12-03 14:57:39.449268+00
5722	8	742	2026-12-03 14:57:39.449268+00
5723	8	743	2026-12-03 14:57:39.449268+00
5724	8	744	2026-12-03 14:57:39.449268+00
5725	8	745	2026-12-03 14:57:39.449268+00
5726	8	746	2026-12-03 14:57:39.449268+00
5727	8	747	2026-12-03 14:57:39.449268+00
5728	8	748	2026-12-03 14:57:39.449268+00
5729	8	749	2026-12-03 14:57:39.449268+00
5730	8	750	2026-12-03 14:57:39.449268+00
5731	8	751	2026-12-03 14:57:39.449268+00
5732	8	752	2026-12-03 14:57:39.449268+00
5733	8	753	2026-12-03 14:57:39.449268+00
5734	8	754	2026-12-03 14:57:39.449268+00
5735	8	755	2026-12-03 14:57:39.449268+00
5736	8	756	2026-12-03 14:57:39.449268+00
5737	8	757	2026-12-03 14:57:39.449268+00
5738	8	758	2026-12-03 14:57:39.449268+00
5739	8	759	2026-12-03 14:57:39.449268+00
5740	8	760	2026-12-03 14:57:39.449268+00
5741	8	761	2026-12-03 14:57:39.449268+00
5742	8	762	2026-12-03 14:57:39.449268+00
5743	8	763	2026-12-03 14:57:39.449268+00
5744	8	764	2026-12-03 14:57:39.449268+00
5745	8	765	2026-12-03 14:57:39.449268+00
5746	8	766	2026-12-03 14:57:39.449268+00
5747	8	767	2026-12-03 14:57:39.449268+00
5748	8	768	2026-12-03 14:57:39.449268+00
5749	8	769	2026-12-03 14:57:39.449268+00
5750	8	770	2026-12-03 14:57:39.449268+00
5751	8	771	2026-12-03 14:57:39.449268+00
5752	8	772	2026-12-03 14:57:39.449268+00
5753	8	773	2026-12-03 14:57:39.449268+00
5754	8	774	2026-12-03 14:57:39.449268+00
5755	8	775	2026-12-03 14:57:39.449268+00
5756	8	776	2026-12-03 14:57:39.449268+00
5757	8	777	2026-12-03 14:57:39.449268+00
5758	8	778	2026-12-03 14:57:39.449268+00
5759	8	779	2026-12-03 14:57:39.449268+00
5760	8	780	2026-12-03 14:57:39.449268+00
5761	8	781	2026-12-03 14:57:39.449268+00
5762	8	782	2026-12-03 14:57:39.449268+00
5763	8	783	2026-12-03 14:57:39.449268+00
5764	8	784	2026-12-03 14:57:39.449268+00
5765	8	785	2026-12-03 14:57:39.449268+00
5766	8	786	2026-12-03 14:57:39.449268+00
5767	8	787	2026-12-03 14:57:39.449268+00
5768	8	788	2026-12-03 14:57:39.449268+00
5769	8	789	2026-12-03 14:57:39.449268+00
5770	8	790	2026-12-03 14:57:39.449268+00
5771	8	791	2026-12-03 14:57:39.449268+00
5772	8	792	2026-12-03 14:57:39.449268+00
5773	8	793	2026-12-03 14:57:39.449268+00
5774	8	794	2026-12-03 14:57:39.449268+00
5775	8	795	2026-12-03 14:57:39.449268+00
5776	8	796	2026-12-03 14:57:39.449268+00
5777	8	797	2026-12-03 14:57:39.449268+00
5778	8	798	2026-12-03 14:57:39.449268+00
5779	8	799	2026-12-03 14:57:39.449268+00
5780	8	800	2026-12-03 14:57:39.449268+00
5781	8	801	2026-12-03 14:57:39.449268+00
5782	8	802	2026-12-03 14:57:39.449268+00
5783	8	803	2026-12-03 14:57:39.449268+00
5784	8	804	2026-12-03 14:57:39.449268+00
5785	8	805	2026-12-03 14:57:39.449268+00
5786	8	806	2026-12-03 14:57:39.449268+00
5787	8	807	2026-12-03 14:57:39.449268+00
5788	8	808	2026-12-03 14:57:39.449268+00
5789	8	809	2026-12-03 14:57:39.449268+00
5790	8	810	2026-12-03 14:57:39.449268+00
5791	8	811	2026-12-03 14:57:39.449268+00
5792	8	812	2026-12-03 14:57:39.449268+00
5793	8	813	2026-12-03 14:57:39.449268+00
5794	8	814	2026-12-03 14:57:39.449268+00
5795	8	815	2026-12-03 14:57:39.449268+00
5796	8	816	2026-12-03 14:57:39.449268+00
5797	8	817	2026-12-03 14:57:39.449268+00
5798	8	818	2026-12-03 14:57:39.449268+00
5799	8	819	2026-12-03 14:57:39.449268+00
5800	8	820	2026-12-03 14:57:39.449268+00
5801	8	821	2026-12-03 14:57:39.449268+00
5802	8	822	2026-12-03 14:57:39.449268+00
5803	8	823	2026-12-03 14:57:39.449268+00
5804	8	824	2026-12-03 14:57:39.449268+00
5805	8	825	2026-12-03 14:57:39.449268+00
5806	8	826	2026-12-03 14:57:39.449268+00
5807	8	827	2026-12-03 14:57:39.449268+00
5808	8	828	2026-12-03 14:57:39.449268+00
5809	8	829	2026-12-03 14:57:39.449268+00
5810	8	830	2026-12-03 14:57:39.449268+00
5811	8	831	2026-12-03 14:57:39.449268+00
5812	8	832	2026-12-03 14:57:39.449268+00
5813	8	833	2026-12-03 14:57:39.449268+00
5814	8	834	2026-12-03 14:57:39.449268+00
5815	8	835	2026-12-03 14:57:39.449268+00
5816	8	836	2026-12-03 14:57:39.449268+00
5817	8	837	2026-12-03 14:57:39.449268+00
5818	8	838	2026-12-03 14:57:39.449268+00
5819	8	839	2026-12-03 14:57:39.449268+00
5820	8	840	2026-12-03 14:57:39.449268+00
5821	8	841	2026-12-03 14:57:39.449268+00
5822	8	842	2026-12-03 14:57:39.449268+00
5823	8	843	2026-12-03 14:57:39.449268+00
5824	8	844	2026-12-03 14:57:39.449268+00
5825	8	845	2026-12-03 14:57:39.449268+00
5826	8	846	2026-12-03 14:57:39.449268+00
5827	8	847	2026-12-03 14:57:39.449268+00
5828	8	848	2026-12-03 14:57:39.449268+00
5829	8	849	2026-12-03 14:57:39.449268+00
5830	8	850	2026-12-03 14:57:39.449268+00
5831	8	851	2026-12-03 14:57:39.449268+00
5832	8	852	2026-12-03 14:57:39.449268+00
5833	8	853	2026-12-03 14:57:39.449268+00
5834	8	854	2026-12-03 14:57:39.449268+00
5835	8	855	2026-12-03 14:57:39.449268+00
5836	8	856	2026-12-03 14:57:39.449268+00
5837	8	857	2026-12-03 14:57:39.449268+00
5838	8	858	2026-12-03 14:57:39.449268+00
5839	8	859	2026-12-03 14:57:39.449268+00
5840	8	860	2026-12-03 14:57:39.449268+00
5841	8	861	2026-12-03 14:57:39.449268+00
5842	8	862	2026-12-03 14:57:39.449268+00
5843	8	863	2026-12-03 14:57:39.449268+00
5844	8	864	2026-12-03 14:57:39.449268+00
5845	8	865	2026-12-03 14:57:39.449268+00
5846	8	866	2026-12-03 14:57:39.449268+00
5847	8	867	2026-12-03 14:57:39.449268+00
5848	8	868	2026-12-03 14:57:39.449268+00
5849	8	869	2026-12-03 14:57:39.449268+00
5850	8	870	2026-12-03 14:57:39.449268+00
5851	8	871	2026-12-03 14:57:39.449268+00
5852	8	872	2026-12-03 14:57:39.449268+00
5853	8	873	2026-12-03 14:57:39.449268+00
5854	8	874	2026-12-03 14:57:39.449268+00
5855	8	875	2026-12-03 14:57:39.449268+00
5856	8	876	2026-12-03 14:57:39.449268+00
5857	8	877	2026-12-03 14:57:39.449268+00
5858	8	878	2026-12-03 14:57:39.449268+00
5859	8	879	2026-12-03 14:57:39.449268+00
5860	8	880	2026-12-03 14:57:39.449268+00
5861	8	881	2026-12-03 14:57:39.449268+00
5862	8	882	2026-12-03 14:57:39.449268+00
5863	8	883	2026-12-03 14:57:39.449268+00
5864	8	884	2026-12-03 14:57:39.449268+00
5865	8	885	2026-12-03 14:57:39.449268+00
5866	8	886	2026-12-03 14:57:39.449268+00
5867	8	887	2026-12-03 14:57:39.449268+00
5868	8	888	2026-12-03 14:57:39.449268+00
5869	8	889	2026-12-03 14:57:39.449268+00
5870	8	890	2026-12-03 14:57:39.449268+00
5871	8	891	2026-12-03 14:57:39.449268+00
5872	8	892	2026-12-03 14:57:39.449268+00
5873	8	893	2026-12-03 14:57:39.449268+00
5874	8	894	2026-12-03 14:57:39.449268+00
5875	8	895	2026-12-03 14:57:39.449268+00
5876	8	896	2026-12-03 14:57:39.449268+00
5877	8	897	2026-12-03 14:57:39.449268+00
5878	8	898	2026-12-03 14:57:39.449268+00
5879	8	899	2026-12-03 14:57:39.449268+00
5880	8	900	2026-12-03 14:57:39.449268+00
5881	8	901	2026-12-03 14:57:39.449268+00
5882	8	902	2026-12-03 14:57:39.449268+00
5883	8	903	2026-12-03 14:57:39.449268+00
5884	8	904	2026-12-03 14:57:39.449268+00
5885	8	905	2026-12-03 14:57:39.449268+00
5886	8	906	2026-12-03 14:57:39.449268+00
5887	8	907	2026-12-03 14:57:39.449268+00
5888	8	908	2026-12-03 14:57:39.449268+00
5889	8	909	2026-12-03 14:57:39.449268+00
5890	8	910	2026-12-03 14:57:39.449268+00
5891	8	911	2026-12-03 14:57:39.449268+00
5892	8	912	2026-12-03 14:57:39.449268+00
5893	8	913	2026-12-03 14:57:39.449268+00
5894	8	914	2026-12-03 14:57:39.449268+00
5895	8	915	2026-12-03 14:57:39.449268+00
5896	8	916	2026-12-03 14:57:39.449268+00
5897	8	917	2026-12-03 14:57:39.449268+00
5898	8	918	2026-12-03 14:57:39.449268+00
5899	8	919	2026-12-03 14:57:39.449268+00
5900	8	920	2026-12-03 14:57:39.449268+00
5901	8	921	2026-12-03 14:57:39.449268+00
5902	8	922	2026-12-03 14:57:39.449268+00
5903	8	923	2026-12-03 14:57:39.449268+00
5904	8	924	2026-12-03 14:57:39.449268+00
5905	8	925	2026-12-03 14:57:39.449268+00
5906	8	926	2026-12-03 14:57:39.449268+00
5907	8	927	2026-12-03 14:57:39.449268+00
5908	8	928	2026-12-03 14:57:39.449268+00
5909	8	929	2026-12-03 14:57:39.449268+00
5910	8	930	2026-12-03 14:57:39.449268+00
5911	8	931	2026-12-03 14:57:39.449268+00
5912	8	932	2026-12-03 14:57:39.449268+00
5913	8	933	2026-12-03 14:57:39.449268+00
5914	8	934	2026-12-03 14:57:39.449268+00
5915	8	935	2026-12-03 14:57:39.449268+00
5916	8	936	2026-12-03 14:57:39.449268+00
5917	8	937	2026-12-03 14:57:39.449268+00
5918	8	938	2026-12-03 14:57:39.449268+00
5919	8	939	2026-12-03 14:57:39.449268+00
5920	8	940	2026-12-03 14:57:39.449268+00
5921	8	941	2026-12-03 14:57:39.449268+00
5922	8	942	2026-12-03 14:57:39.449268+00
5923	8	943	2026-12-03 14:57:39.449268+00
5924	8	944	2026-12-03 14:57:39.449268+00
5925	8	945	2026-12-03 14:57:39.449268+00
5926	8	946	2026-12-03 14:57:39.449268+00
5927	8	947	2026-12-03 14:57:39.449268+00
5928	8	948	2026-12-03 14:57:39.449268+00
5929	8	949	2026-12-03 14:57:39.449268+00
5930	8	950	2026-12-03 14:57:39.449268+00
5931	8	951	2026-12-03 14:57:39.449268+00
5932	8	952	2026-12-03 14:57:39.449268+00
5933	8	953	2026-12-03 14:57:39.449268+00
5934	8	954	2026-12-03 14:57:39.449268+00
5935	8	955	2026-12-03 14:57:39.449268+00
5936	8	956	2026-12-03 14:57:39.449268+00
5937	8	957	2026-12-03 14:57:39.449268+00
5938	8	958	2026-12-03 14:57:39.449268+00
5939	8	959	2026-12-03 14:57:39.449268+00
5940	8	960	2026-12-03 14:57:39.449268+00
5941	8	961	2026-12-03 14:57:39.449268+00
5942	8	962	2026-12-03 14:57:39.449268+00
5943	8	963	2026-12-03 14:57:39.449268+00
5944	8	964	2026-12-03 14:57:39.449268+00
5945	8	965	2026-12-03 14:57:39.449268+00
5946	8	966	2026-12-03 14:57:39.449268+00
5947	8	967	2026-12-03 14:57:39.449268+00
5948	8	968	2026-12-03 14:57:39.449268+00
5949	8	969	2026-12-03 14:57:39.449268+00
5950	8	970	2026-12-03 14:57:39.449268+00
5951	8	971	2026-12-03 14:57:39.449268+00
5952	8	972	2026-12-03 14:57:39.449268+00
5953	8	973	2026-12-03 14:57:39.449268+00
5954	8	974	2026-12-03 14:57:39.449268+00
5955	8	975	2026-12-03 14:57:39.449268+00
5956	8	976	2026-12-03 14:57:39.449268+00
5957	8	977	2026-12-03 14:57:39.449268+00
5958	8	978	2026-12-03 14:57:39.449268+00
5959	8	979	2026-12-03 14:57:39.449268+00
5960	8	980	2026-12-03 14:57:39.449268+00
5961	8	981	2026-12-03 14:57:39.449268+00
5962	8	982	2026-12-03 14:57:39.449268+00
5963	8	983	2026-12-03 14:57:39.449268+00
5964	8	984	2026-12-03 14:57:39.449268+00
5965	8	985	2026-12-03 14:57:39.449268+00
5966	8	986	2026-12-03 14:57:39.449268+00
5967	8	987	2026-12-03 14:57:39.449268+00
5968	8	988	2026-12-03 14:57:39.449268+00
5969	8	989	2026-12-03 14:57:39.449268+00
5970	8	990	2026-12-03 14:57:39.449268+00
5971	8	991	2026-12-03 14:57:39.449268+00
5972	8	992	2026-12-03 14:57:39.449268+00
5973	8	993	2026-12-03 14:57:39.449268+00
5974	8	994	2026-12-03 14:57:39.449268+00
5975	8	995	2026-12-03 14:57:39.449268+00
5976	8	996	2026-12-03 14:57:39.449268+00
5977	8	997	2026-12-03 14:57:39.449268+00
5978	8	998	2026-12-03 14:57:39.449268+00
5979	8	999	2026-12-03 14:57:39.449268+00
5980	8	1000	2026-12-03 14:57:39.449268+00
5981	8	1001	2026-12-03 14:57:39.449268+00
5982	8	1002	2026-12-03 14:57:39.449268+00
5983	8	1003	2026-12-03 14:57:39.449268+00
5984	8	1004	2026-12-03 14:57:39.449268+00
5985	8	1005	2026-12-03 14:57:39.449268+00
5986	8	1006	2026-12-03 14:57:39.449268+00
5987	8	1007	2026-12-03 14:57:39.449268+00
5988	8	1008	2026-12-03 14:57:39.449268+00
5989	8	1009	2026-12-03 14:57:39.449268+00
5990	8	1010	2026-12-03 14:57:39.449268+00
5991	8	1011	2026-12-03 14:57:39.449268+00
5992	8	1012	2026-12-03 14:57:39.449268+00
5993	8	1013	2026-12-03 14:57:39.449268+00
5994	8	1014	2026-12-03 14:57:39.449268+00
5995	8	1015	2026-12-03 14:57:39.449268+00
5996	8	1016	2026-12-03 14:57:39.449268+00
5997	8	1017	2026-12-03 14:57:39.449268+00
5998	8	1018	2026-12-03 14:57:39.449268+00
5999	8	1019	2026-12-03 14:57:39.449268+00
6000	8	1020	2026-12-03 14:57:39.449268+00
6001	8	1021	2026-12-03 14:57:39.449268+00
6002	8	1022	2026-12-03 14:57:39.449268+00
6003	8	1023	2026-12-03 14:57:39.449268+00
6004	8	1024	2026-12-03 14:57:39.449268+00
6005	8	1025	2026-12-03 14:57:39.449268+00
6006	8	1026	2026-12-03 14:57:39.449268+00
6007	8	1027	2026-12-03 14:57:39.449268+00
6008	8	1028	2026-12-03 14:57:39.449268+00
6009	8	1029	2026-12-03 14:57:39.449268+00
6010	8	1030	2026-12-03 14:57:39.449268+00
6011	8	1031	2026-12-03 14:57:39.449268+00
6012	8	1032	2026-12-03 14:57:39.449268+00
6013	8	1033	2026-12-03 14:57:39.449268+00
6014	8	1034	2026-12-03 14:57:39.449268+00
6015	8	1035	2026-12-03 14:57:39.449268+00
6016	8	1036	2026-12-03 14:57:39.449268+00
6017	8	1037	2026-12-03 14:57:39.449268+00
6018	8	1038	2026-12-03 14:57:39.449268+00
6019	8	1039	2026-12-03 14:57:39.449268+00
6020	8	1040	2026-12-03 14:57:39.449268+00
6021	8	1041	2026-12-03 14:57:39.449268+00
6022	8	1042	2026-12-03 14:57:39.449268+00
6023	8	1043	2026-12-03 14:57:39.449268+00
6024	8	1044	2026-12-03 14:57:39.449268+00
6025	8	1045	2026-12-03 14:57:39.449268+00
6026	8	1046	2026-12-03 14:57:39.449268+00
6027	8	1047	2026-12-03 14:57:39.449268+00
6028	8	1048	2026-12-03 14:57:39.449268+00
6029	8	1049	2026-12-03 14:57:39.449268+00
6030	8	1050	2026-12-03 14:57:39.449268+00
6031	8	1051	2026-12-03 14:57:39.449268+00
6032	8	1052	2026-12-03 14:57:39.449268+00
6033	8	1053	2026-12-03 14:57:39.449268+00
6034	8	1054	2026-12-03 14:57:39.449268+00
6035	8	1055	2026-12-03 14:57:39.449268+00
6036	8	1056	2026-12-03 14:57:39.449268+00
6037	8	1057	2026-12-03 14:57:39.449268+00
6038	8	1058	2026-12-03 14:57:39.449268+00
6039	8	1059	2026-12-03 14:57:39.449268+00
6040	8	1060	2026-12-03 14:57:39.449268+00
6041	8	1061	2026-12-03 14:57:39.449268+00
6042	8	1062	2026-12-03 14:57:39.449268+00
6043	8	1063	2026-12-03 14:57:39.449268+00
6044	8	1064	2026-12-03 14:57:39.449268+00
6045	8	1065	2026-12-03 14:57:39.449268+00
6046	8	1066	2026-12-03 14:57:39.449268+00
6047	8	1067	2026-12-03 14:57:39.449268+00
6048	8	1068	2026-12-03 14:57:39.449268+00
6049	8	1069	2026-12-03 14:57:39.449268+00
6050	8	1070	2026-12-03 14:57:39.449268+00
6051	8	1071	2026-12-03 14:57:39.449268+00
6052	8	1072	2026-12-03 14:57:39.449268+00
6053	8	1073	2026-12-03 14:57:39.449268+00
6054	8	1074	2026-12-03 14:57:39.449268+00
6055	8	1075	2026-12-03 14:57:39.449268+00
6056	8	1076	2026-12-03 14:57:39.449268+00
6057	8	1077	2026-12-03 14:57:39.449268+00
6058	8	1078	2026-12-03 14:57:39.449268+00
6059	8	1079	2026-12-03 14:57:39.449268+00
6060	8	1080	2026-12-03 14:57:39.449268+00
6061	8	1081	2026-12-03 14:57:39.449268+00
6062	8	1082	2026-12-03 14:57:39.449268+00
6063	8	1083	2026-12-03 14:57:39.449268+00
6064	8	1084	2026-12-03 14:57:39.449268+00
6065	8	1085	2026-12-03 14:57:39.449268+00
6066	8	1086	2026-12-03 14:57:39.449268+00
6067	8	1087	2026-12-03 14:57:39.449268+00
6068	8	1088	2026-12-03 14:57:39.449268+00
6069	8	1089	2026-12-03 14:57:39.449268+00
6070	8	1090	2026-12-03 14:57:39.449268+00
6071	8	1091	2026-12-03 14:57:39.449268+00
6072	8	1092	2026-12-03 14:57:39.449268+00
6073	8	1093	2026-12-03 14:57:39.449268+00
6074	8	1094	2026-12-03 14:57:39.449268+00
6075	8	1095	2026-12-03 14:57:39.449268+00
6076	8	1096	2026-12-03 14:57:39.449268+00
6077	8	1097	2026-12-03 14:57:39.449268+00
6078	8	1098	2026-12-03 14:57:39.449268+00
6079	8	1099	2026-12-03 14:57:39.449268+00
6080	8	1100	2026-12-03 14:57:39.449268+00
6081	8	1101	2026-12-03 14:57:39.449268+00
6082	8	1102	2026-12-03 14:57:39.449268+00
6083	8	1103	2026-12-03 14:57:39.449268+00
6084	8	1104	2026-12-03 14:57:39.449268+00
6085	8	1105	2026-12-03 14:57:39.449268+00
6086	8	1106	2026-12-03 14:57:39.449268+00
6087	8	1107	2026-12-03 14:57:39.449268+00
6088	8	1108	2026-12-03 14:57:39.449268+00
6089	8	1109	2026-12-03 14:57:39.449268+00
6090	8	1110	2026-12-03 14:57:39.449268+00
6091	8	1111	2026-12-03 14:57:39.449268+00
6092	8	1112	2026-12-03 14:57:39.449268+00
6093	8	1113	2026-12-03 14:57:39.449268+00
6094	8	1114	2026-12-03 14:57:39.449268+00
6095	8	1115	2026-12-03 14:57:39.449268+00
6096	8	1116	2026-12-03 14:57:39.449268+00
6097	8	1117	2026-12-03 14:57:39.449268+00
6098	8	1118	2026-12-03 14:57:39.449268+00
6099	8	1119	2026-12-03 14:57:39.449268+00
6100	8	1120	2026-12-03 14:57:39.449268+00
6101	8	1121	2026-12-03 14:57:39.449268+00
6102	8	1122	2026-12-03 14:57:39.449268+00
6103	8	1123	2026-12-03 14:57:39.449268+00
6104	8	1124	2026-12-03 14:57:39.449268+00
6105	8	1125	2026-12-03 14:57:39.449268+00
6106	8	1126	2026-12-03 14:57:39.449268+00
6107	8	1127	2026-12-03 14:57:39.449268+00
6108	8	1128	2026-12-03 14:57:39.449268+00
6109	8	1129	2026-12-03 14:57:39.449268+00
6110	8	1130	2026-12-03 14:57:39.449268+00
6111	8	1131	2026-12-03 14:57:39.449268+00
6112	8	1132	2026-12-03 14:57:39.449268+00
6113	8	1133	2026-12-03 14:57:39.449268+00
6114	8	1134	2026-12-03 14:57:39.449268+00
6115	8	1135	2026-12-03 14:57:39.449268+00
6116	8	1136	2026-12-03 14:57:39.449268+00
6117	8	1137	2026-12-03 14:57:39.449268+00
6118	8	1138	2026-12-03 14:57:39.449268+00
6119	8	1139	2026-12-03 14:57:39.449268+00
6120	8	1140	2026-12-03 14:57:39.449268+00
6121	8	1141	2026-12-03 14:57:39.449268+00
6122	8	1142	2026-12-03 14:57:39.449268+00
6123	8	1143	2026-12-03 14:57:39.449268+00
6124	8	1144	2026-12-03 14:57:39.449268+00
6125	8	1145	2026-12-03 14:57:39.449268+00
6126	8	1146	2026-12-03 14:57:39.449268+00
6127	8	1147	2026-12-03 14:57:39.449268+00
6128	8	1148	2026-12-03 14:57:39.449268+00
6129	8	1149	2026-12-03 14:57:39.449268+00
6130	8	1150	2026-12-03 14:57:39.449268+00
6131	8	1151	2026-12-03 14:57:39.449268+00
6132	8	1152	2026-12-03 14:57:39.449268+00
6133	8	1153	2026-12-03 14:57:39.449268+00
6134	8	1154	2026-12-03 14:57:39.449268+00
6135	8	1155	2026-12-03 14:57:39.449268+00
6136	8	1156	2026-12-03 14:57:39.449268+00
6137	8	1157	2026-12-03 14:57:39.449268+00
6138	8	1158	2026-12-03 14:57:39.449268+00
6139	8	1159	2026-12-03 14:57:39.449268+00
6140	8	1160	2026-12-03 14:57:39.449268+00
6141	8	1161	2026-12-03 14:57:39.449268+00
6142	8	1162	2026-12-03 14:57:39.449268+00
6143	8	1163	2026-12-03 14:57:39.449268+00
6144	8	1164	2026-12-03 14:57:39.449268+00
6145	8	1165	2026-12-03 14:57:39.449268+00
6146	8	1166	2026-12-03 14:57:39.449268+00
6147	8	1167	2026-12-03 14:57:39.449268+00
6148	8	1168	2026-12-03 14:57:39.449268+00
6149	8	1169	2026-12-03 14:57:39.449268+00
6150	8	1170	2026-12-03 14:57:39.449268+00
6151	8	1171	2026-12-03 14:57:39.449268+00
6152	8	1172	2026-12-03 14:57:39.449268+00
6153	8	1173	2026-12-03 14:57:39.449268+00
6154	8	1174	2026-12-03 14:57:39.449268+00
6155	8	1175	2026-12-03 14:57:39.449268+00
6156	8	1176	2026-12-03 14:57:39.449268+00
6157	8	1177	2026-12-03 14:57:39.449268+00
6158	8	1178	2026-12-03 14:57:39.449268+00
6159	8	1179	2026-12-03 14:57:39.449268+00
6160	8	1180	2026-12-03 14:57:39.449268+00
6161	8	1181	2026-12-03 14:57:39.449268+00
6162	8	1182	2026-12-03 14:57:39.449268+00
6163	8	1183	2026-12-03 14:57:39.449268+00
6164	8	1184	2026-12-03 14:57:39.449268+00
6165	8	1185	2026-12-03 14:57:39.449268+00
6166	8	1186	2026-12-03 14:57:39.449268+00
6167	8	1187	2026-12-03 14:57:39.449268+00
6168	8	1188	2026-12-03 14:57:39.449268+00
6169	8	1189	2026-12-03 14:57:39.449268+00
6170	8	1190	2026-12-03 14:57:39.449268+00
6171	8	1191	2026-12-03 14:57:39.449268+00
6172	8	1192	2026-12-03 14:57:39.449268+00
6173	8	1193	2026-12-03 14:57:39.449268+00
6174	8	1194	2026-12-03 14:57:39.449268+00
6175	8	1195	2026-12-03 14:57:39.449268+00
6176	8	1196	2026-12-03 14:57:39.449268+00
6177	8	1197	2026-12-03 14:57:39.449268+00
6178	8	1198	2026-12-03 14:57:39.449268+00
6179	8	1199	2026-12-03 14:57:39.449268+00
6180	8	1200	2026-12-03 14:57:39.449268+00
6181	8	1201	2026-12-03 14:57:39.449268+00
6182	8	1202	2026-12-03 14:57:39.449268+00
6183	8	1203	2026-12-03 14:57:39.449268+00
6184	8	1204	2026-12-03 14:57:39.449268+00
6185	8	1205	2026-12-03 14:57:39.449268+00
6186	8	1206	2026-12-03 14:57:39.449268+00
6187	8	1207	2026-12-03 14:57:39.449268+00
6188	8	1208	2026-12-03 14:57:39.449268+00
6189	8	1209	2026-12-03 14:57:39.449268+00
6190	8	1210	2026-12-03 14:57:39.449268+00
6191	8	1211	2026-12-03 14:57:39.449268+00
6192	8	1212	2026-12-03 14:57:39.449268+00
6193	8	1213	2026-12-03 14:57:39.449268+00
6194	8	1214	2026-12-03 14:57:39.449268+00
6195	8	1215	2026-12-03 14:57:39.449268+00
6196	8	1216	2026-12-03 14:57:39.449268+00
6197	8	1217	2026-12-03 14:57:39.449268+00
6198	8	1218	2026-12-03 14:57:39.449268+00
6199	8	1219	2026-12-03 14:57:39.449268+00
6200	8	1220	2026-12-03 14:57:39.449268+00
6201	8	1221	2026-12-03 14:57:39.449268+00
6202	8	1222	2026-12-03 14:57:39.449268+00
6203	8	1223	2026-12-03 14:57:39.449268+00
6204	8	1224	2026-12-03 14:57:39.449268+00
6205	8	1225	2026-12-03 14:57:39.449268+00
6206	8	1226	2026-12-03 14:57:39.449268+00
6207	8	1227	2026-12-03 14:57:39.449268+00
6208	8	1228	2026-12-03 14:57:39.449268+00
6209	8	1229	2026-12-03 14:57:39.449268+00
6210	8	1230	2026-12-03 14:57:39.449268+00
6211	8	1231	2026-12-03 14:57:39.449268+00
6212	8	1232	2026-12-03 14:57:39.449268+00
6213	8	1233	2026-12-03 14:57:39.449268+00
6214	8	1234	2026-12-03 14:57:39.449268+00
6215	8	1235	2026-12-03 14:57:39.449268+00
6216	8	1236	2026-12-03 14:57:39.449268+00
6217	8	1237	2026-12-03 14:57:39.449268+00
6218	8	1238	2026-12-03 14:57:39.449268+00
6219	8	1239	2026-12-03 14:57:39.449268+00
6220	8	1240	2026-12-03 14:57:39.449268+00
6221	8	1241	2026-12-03 14:57:39.449268+00
6222	8	1242	2026-12-03 14:57:39.449268+00
6223	8	1243	2026-12-03 14:57:39.449268+00
6224	8	1244	2026-12-03 14:57:39.449268+00
6225	8	1245	2026-12-03 14:57:39.449268+00
6226	8	1246	2026-12-03 14:57:39.449268+00
6227	8	1247	2026-12-03 14:57:39.449268+00
6228	8	1248	2026-12-03 14:57:39.449268+00
6229	8	1249	2026-12-03 14:57:39.449268+00
6230	8	1250	2026-12-03 14:57:39.449268+00
6231	8	1251	2026-12-03 14:57:39.449268+00
6232	8	1252	2026-12-03 14:57:39.449268+00
6233	8	1253	2026-12-03 14:57:39.449268+00
6234	8	1254	2026-12-03 14:57:39.449268+00
6235	8	1255	2026-12-03 14:57:39.449268+00
6236	8	1256	2026-12-03 14:57:39.449268+00
6237	8	1257	2026-12-03 14:57:39.449268+00
6238	8	1258	2026-12-03 14:57:39.449268+00
6239	8	1259	2026-12-03 14:57:39.449268+00
6240	8	1260	2026-12-03 14:57:39.449268+00
6241	8	1261	2026-12-03 14:57:39.449268+00
6242	8	1262	2026-12-03 14:57:39.449268+00
6243	8	1263	2026-12-03 14:57:39.449268+00
6244	8	1264	2026-12-03 14:57:39.449268+00
6245	8	1265	2026-12-03 14:57:39.449268+00
6246	8	1266	2026-12-03 14:57:39.449268+00
6247	8	1267	2026-12-03 14:57:39.449268+00
6248	8	1268	2026-12-03 14:57:39.449268+00
6249	8	1269	2026-12-03 14:57:39.449268+00
6250	8	1270	2026-12-03 14:57:39.449268+00
6251	8	1271	2026-12-03 14:57:39.449268+00
6252	8	1272	2026-12-03 14:57:39.449268+00
6253	8	1273	2026-12-03 14:57:39.449268+00
6254	8	1274	2026-12-03 14:57:39.449268+00
6255	8	1275	2026-12-03 14:57:39.449268+00
6256	8	1276	2026-12-03 14:57:39.449268+00
6257	8	1277	2026-12-03 14:57:39.449268+00
6258	8	1278	2026-12-03 14:57:39.449268+00
6259	8	1279	2026-12-03 14:57:39.449268+00
6260	8	1280	2026-12-03 14:57:39.449268+00
6261	8	1281	2026-12-03 14:57:39.449268+00
6262	8	1282	2026-12-03 14:57:39.449268+00
6263	8	1283	2026-12-03 14:57:39.449268+00
6264	8	1284	2026-12-03 14:57:39.449268+00
6265	8	1285	2026-12-03 14:57:39.449268+00
6266	8	1286	2026-12-03 14:57:39.449268+00
6267	8	1287	2026-12-03 14:57:39.449268+00
6268	8	1288	2026-12-03 14:57:39.449268+00
6269	8	1289	2026-12-03 14:57:39.449268+00
6270	8	1290	2026-12-03 14:57:39.449268+00
6271	8	1291	2026-12-03 14:57:39.449268+00
6272	8	1292	2026-12-03 14:57:39.449268+00
6273	8	1293	2026-12-03 14:57:39.449268+00
6274	8	1294	2026-12-03 14:57:39.449268+00
6275	8	1295	2026-12-03 14:57:39.449268+00
6276	8	1296	2026-12-03 14:57:39.449268+00
6277	8	1297	2026-12-03 14:57:39.449268+00
6278	8	1298	2026-12-03 14:57:39.449268+00
6279	8	1299	2026-12-03 14:57:39.449268+00
6280	8	1300	2026-12-03 14:57:39.449268+00
6281	8	1301	2026-12-03 14:57:39.449268+00
6282	8	1302	2026-12-03 14:57:39.449268+00
6283	8	1303	2026-12-03 14:57:39.449268+00
6284	8	1304	2026-12-03 14:57:39.449268+00
6285	8	1305	2026-12-03 14:57:39.449268+00
6286	8	1306	2026-12-03 14:57:39.449268+00
6287	8	1307	2026-12-03 14:57:39.449268+00
6288	8	1308	2026-12-03 14:57:39.449268+00
6289	8	1309	2026-12-03 14:57:39.449268+00
6290	8	1310	2026-12-03 14:57:39.449268+00
6291	8	1311	2026-12-03 14:57:39.449268+00
6292	8	1312	2026-12-03 14:57:39.449268+00
6293	8	1313	2026-12-03 14:57:39.449268+00
6294	8	1314	2026-12-03 14:57:39.449268+00
6295	8	1315	2026-12-03 14:57:39.449268+00
6296	8	1316	2026-12-03 14:57:39.449268+00
6297	8	1317	2026-12-03 14:57:39.449268+00
6298	8	1318	2026-12-03 14:57:39.449268+00
6299	8	1319	2026-12-03 14:57:39.449268+00
6300	8	1320	2026-12-03 14:57:39.449268+00
6301	8	1321	2026-12-03 14:57:39.449268+00
6302	8	1322	2026-12-03 14:57:39.449268+00
6303	8	1323	2026-12-03 14:57:39.449268+00
6304	8	1324	2026-12-03 14:57:39.449268+00
6305	8	1325	2026-12-03 14:57:39.449268+00
6306	8	1326	2026-12-03 14:57:39.449268+00
6307	8	1327	2026-12-03 14:57:39.449268+00
6308	8	1328	2026-12-03 14:57:39.449268+00
6309	8	1329	2026-12-03 14:57:39.449268+00
6310	8	1330	2026-12-03 14:57:39.449268+00
6311	8	1331	2026-12-03 14:57:39.449268+00
6312	8	1332	2026-12-03 14:57:39.449268+00
6313	8	1333	2026-12-03 14:57:39.449268+00
6314	8	1334	2026-12-03 14:57:39.449268+00
6315	8	1335	2026-12-03 14:57:39.449268+00
6316	8	1336	2026-12-03 14:57:39.449268+00
6317	8	1337	2026-12-03 14:57:39.449268+00
6318	8	1338	2026-12-03 14:57:39.449268+00
6319	8	1339	2026-12-03 14:57:39.449268+00
6320	8	1340	2026-12-03 14:57:39.449268+00
6321	8	1341	2026-12-03 14:57:39.449268+00
6322	8	1342	2026-12-03 14:57:39.449268+00
6323	8	1343	2026-12-03 14:57:39.449268+00
6324	8	1344	2026-12-03 14:57:39.449268+00
6325	8	1345	2026-12-03 14:57:39.449268+00
6326	8	1346	2026-12-03 14:57:39.449268+00
6327	8	1347	2026-12-03 14:57:39.449268+00
6328	8	1348	2026-12-03 14:57:39.449268+00
6329	8	1349	2026-12-03 14:57:39.449268+00
6330	8	1350	2026-12-03 14:57:39.449268+00
6331	8	1351	2026-12-03 14:57:39.449268+00
6332	8	1352	2026-12-03 14:57:39.449268+00
6333	8	1353	2026-12-03 14:57:39.449268+00
6334	8	1354	2026-12-03 14:57:39.449268+00
6335	8	1355	2026-12-03 14:57:39.449268+00
6336	8	1356	2026-12-03 14:57:39.449268+00
6337	8	1357	2026-12-03 14:57:39.449268+00
6338	8	1358	2026-12-03 14:57:39.449268+00
6339	8	1359	2026-12-03 14:57:39.449268+00
6340	8	1360	2026-12-03 14:57:39.449268+00
6341	8	1361	2026-12-03 14:57:39.449268+00
6342	8	1362	2026-12-03 14:57:39.449268+00
6343	8	1363	2026-12-03 14:57:39.449268+00
6344	8	1364	2026-12-03 14:57:39.449268+00
6345	8	1365	2026-12-03 14:57:39.449268+00
6346	8	1366	2026-12-03 14:57:39.449268+00
6347	8	1367	2026-12-03 14:57:39.449268+00
6348	8	1368	2026-12-03 14:57:39.449268+00
6349	8	1369	2026-12-03 14:57:39.449268+00
6350	8	1370	2026-12-03 14:57:39.449268+00
6351	8	1371	2026-12-03 14:57:39.449268+00
6352	8	1372	2026-12-03 14:57:39.449268+00
6353	8	1373	2026-12-03 14:57:39.449268+00
6354	8	1374	2026-12-03 14:57:39.449268+00
6355	8	1375	2026-12-03 14:57:39.449268+00
6356	8	1376	2026-12-03 14:57:39.449268+00
6357	8	1377	2026-12-03 14:57:39.449268+00
6358	8	1378	2026-12-03 14:57:39.449268+00
6359	8	1379	2026-12-03 14:57:39.449268+00
6360	8	1380	2026-12-03 14:57:39.449268+00
6361	8	1381	2026-12-03 14:57:39.449268+00
6362	8	1382	2026-12-03 14:57:39.449268+00
6363	8	1383	2026-12-03 14:57:39.449268+00
6364	8	1384	2026-12-03 14:57:39.449268+00
6365	8	1385	2026-12-03 14:57:39.449268+00
6366	8	1386	2026-12-03 14:57:39.449268+00
6367	8	1387	2026-12-03 14:57:39.449268+00
6368	8	1388	2026-12-03 14:57:39.449268+00
6369	8	1389	2026-12-03 14:57:39.449268+00
6370	8	1390	2026-12-03 14:57:39.449268+00
6371	8	1391	2026-12-03 14:57:39.449268+00
6372	8	1392	2026-12-03 14:57:39.449268+00
6373	8	1393	2026-12-03 14:57:39.449268+00
6374	8	1394	2026-12-03 14:57:39.449268+00
6375	8	1395	2026-12-03 14:57:39.449268+00
6376	8	1396	2026-12-03 14:57:39.449268+00
6377	8	1397	2026-12-03 14:57:39.449268+00
6378	8	1398	2026-12-03 14:57:39.449268+00
6379	8	1399	2026-12-03 14:57:39.449268+00
6380	8	1400	2026-12-03 14:57:39.449268+00
6381	8	1401	2026-12-03 14:57:39.449268+00
6382	8	1402	2026-12-03 14:57:39.449268+00
6383	8	1403	2026-12-03 14:57:39.449268+00
6384	8	1404	2026-12-03 14:57:39.449268+00
6385	8	1405	2026-12-03 14:57:39.449268+00
6386	8	1406	2026-12-03 14:57:39.449268+00
6387	8	1407	2026-12-03 14:57:39.449268+00
6388	8	1408	2026-12-03 14:57:39.449268+00
6389	8	1409	2026-12-03 14:57:39.449268+00
6390	8	1410	2026-12-03 14:57:39.449268+00
6391	8	1411	2026-12-03 14:57:39.449268+00
6392	8	1412	2026-12-03 14:57:39.449268+00
6393	8	1413	2026-12-03 14:57:39.449268+00
6394	8	1414	2026-12-03 14:57:39.449268+00
6395	8	1415	2026-12-03 14:57:39.449268+00
6396	8	1416	2026-12-03 14:57:39.449268+00
6397	8	1417	2026-12-03 14:57:39.449268+00
6398	8	1418	2026-12-03 14:57:39.449268+00
6399	8	1419	2026-12-03 14:57:39.449268+00
6400	8	1420	2026-12-03 14:57:39.449268+00
6401	8	1421	2026-12-03 14:57:39.449268+00
6402	8	1422	2026-12-03 14:57:39.449268+00
6403	8	1423	2026-12-03 14:57:39.449268+00
6404	8	1424	2026-12-03 14:57:39.449268+00
6405	8	1425	2026-12-03 14:57:39.449268+00
6406	8	1426	2026-12-03 14:57:39.449268+00
6407	8	1427	2026-12-03 14:57:39.449268+00
6408	8	1428	2026-12-03 14:57:39.449268+00
6409	8	1429	2026-12-03 14:57:39.449268+00
6410	8	1430	2026-12-03 14:57:39.449268+00
6411	8	1431	2026-12-03 14:57:39.449268+00
6412	8	1432	2026-12-03 14:57:39.449268+00
6413	8	1433	2026-12-03 14:57:39.449268+00
6414	8	1434	2026-12-03 14:57:39.449268+00
6415	8	1435	2026-12-03 14:57:39.449268+00
6416	8	1436	2026-12-03 14:57:39.449268+00
6417	8	1437	2026-12-03 14:57:39.449268+00
6418	8	1438	2026-12-03 14:57:39.449268+00
6419	8	1439	2026-12-03 14:57:39.449268+00
6420	8	1440	2026-12-03 14:57:39.449268+00
6421	8	1441	2026-12-03 14:57:39.449268+00
6422	8	1442	2026-12-03 14:57:39.449268+00
6423	8	1443	2026-12-03 14:57:39.449268+00
6424	8	1444	2026-12-03 14:57:39.449268+00
6425	8	1445	2026-12-03 14:57:39.449268+00
6426	8	1446	2026-12-03 14:57:39.449268+00
6427	8	1447	2026-12-03 14:57:39.449268+00
6428	8	1448	2026-12-03 14:57:39.449268+00
6429	8	1449	2026-12-03 14:57:39.449268+00
6430	8	1450	2026-12-03 14:57:39.449268+00
6431	8	1451	2026-12-03 14:57:39.449268+00
6432	8	1452	2026-12-03 14:57:39.449268+00
6433	8	1453	2026-12-03 14:57:39.449268+00
6434	8	1454	2026-12-03 14:57:39.449268+00
6435	8	1455	2026-12-03 14:57:39.449268+00
6436	8	1456	2026-12-03 14:57:39.449268+00
6437	8	1457	2026-12-03 14:57:39.449268+00
6438	8	1458	2026-12-03 14:57:39.449268+00
6439	8	1459	2026-12-03 14:57:39.449268+00
6440	8	1460	2026-12-03 14:57:39.449268+00
6441	8	1461	2026-12-03 14:57:39.449268+00
6442	8	1462	2026-12-03 14:57:39.449268+00
6443	8	1463	2026-12-03 14:57:39.449268+00
6444	8	1464	2026-12-03 14:57:39.449268+00
6445	8	1465	2026-12-03 14:57:39.449268+00
6446	8	1466	2026-12-03 14:57:39.449268+00
6447	8	1467	2026-12-03 14:57:39.449268+00
6448	8	1468	2026-12-03 14:57:39.449268+00
6449	8	1469	2026-12-03 14:57:39.449268+00
6450	8	1470	2026-12-03 14:57:39.449268+00
6451	8	1471	2026-12-03 14:57:39.449268+00
6452	8	1472	2026-12-03 14:57:39.449268+00
6453	8	1473	2026-12-03 14:57:39.449268+00
6454	8	1474	2026-12-03 14:57:39.449268+00
6455	8	1475	2026-12-03 14:57:39.449268+00
6456	8	1476	2026-12-03 14:57:39.449268+00
6457	8	1477	2026-12-03 14:57:39.449268+00
6458	8	1478	2026-12-03 14:57:39.449268+00
6459	8	1479	2026-12-03 14:57:39.449268+00
6460	8	1480	2026-12-03 14:57:39.449268+00
6461	8	1481	2026-12-03 14:57:39.449268+00
6462	8	1482	2026-12-03 14:57:39.449268+00
6463	8	1483	2026-12-03 14:57:39.449268+00
6464	8	1484	2026-12-03 14:57:39.449268+00
6465	8	1485	2026-12-03 14:57:39.449268+00
6466	8	1486	2026-12-03 14:57:39.449268+00
6467	8	1487	2026-12-03 14:57:39.449268+00
6468	8	1488	2026-12-03 14:57:39.449268+00
6469	8	1489	2026-12-03 14:57:39.449268+00
6470	8	1490	2026-12-03 14:57:39.449268+00
6471	8	1491	2026-12-03 14:57:39.449268+00
6472	8	1492	2026-12-03 14:57:39.449268+00
6473	8	1493	2026-12-03 14:57:39.449268+00
6474	8	1494	2026-12-03 14:57:39.449268+00
6475	8	1495	2026-12-03 14:57:39.449268+00
6476	8	1496	2026-12-03 14:57:39.449268+00
6477	8	1497	2026-12-03 14:57:39.449268+00
6478	8	1498	2026-12-03 14:57:39.449268+00
6479	8	1499	2026-12-03 14:57:39.449268+00
6480	8	1500	2026-12-03 14:57:39.449268+00
6481	8	1501	2026-12-03 14:57:39.449268+00
6482	8	1502	2026-12-03 14:57:39.449268+00
6483	8	1503	2026-12-03 14:57:39.449268+00
6484	8	1504	2026-12-03 14:57:39.449268+00
6485	8	1505	2026-12-03 14:57:39.449268+00
6486	8	1506	2026-12-03 14:57:39.449268+00
6487	8	1507	2026-12-03 14:57:39.449268+00
6488	8	1508	2026-12-03 14:57:39.449268+00
6489	8	1509	2026-12-03 14:57:39.449268+00
6490	8	1510	2026-12-03 14:57:39.449268+00
6491	8	1511	2026-12-03 14:57:39.449268+00
6492	8	1512	2026-12-03 14:57:39.449268+00
6493	8	1513	2026-12-03 14:57:39.449268+00
6494	8	1514	2026-12-03 14:57:39.449268+00
6495	8	1515	2026-12-03 14:57:39.449268+00
6496	8	1516	2026-12-03 14:57:39.449268+00
6497	8	1517	2026-12-03 14:57:39.449268+00
6498	8	1518	2026-12-03 14:57:39.449268+00
6499	8	1519	2026-12-03 14:57:39.449268+00
6500	8	1520	2026-12-03 14:57:39.449268+00
6501	8	1521	2026-12-03 14:57:39.449268+00
6502	8	1522	2026-12-03 14:57:39.449268+00
6503	8	1523	2026-12-03 14:57:39.449268+00
6504	8	1524	2026-12-03 14:57:39.449268+00
6505	8	1525	2026-12-03 14:57:39.449268+00
6506	8	1526	2026-12-03 14:57:39.449268+00
6507	8	1527	2026-12-03 14:57:39.449268+00
6508	8	1528	2026-12-03 14:57:39.449268+00
6509	8	1529	2026-12-03 14:57:39.449268+00
6510	8	1530	2026-12-03 14:57:39.449268+00
6511	8	1531	2026-12-03 14:57:39.449268+00
6512	8	1532	2026-12-03 14:57:39.449268+00
6513	8	1533	2026-12-03 14:57:39.449268+00
6514	8	1534	2026-12-03 14:57:39.449268+00
6515	8	1535	2026-12-03 14:57:39.449268+00
6516	8	1536	2026-12-03 14:57:39.449268+00
6517	8	1537	2026-12-03 14:57:39.449268+00
6518	8	1538	2026-12-03 14:57:39.449268+00
6519	8	1539	2026-12-03 14:57:39.449268+00
6520	8	1540	2026-12-03 14:57:39.449268+00
6521	8	1541	2026-12-03 14:57:39.449268+00
6522	8	1542	2026-12-03 14:57:39.449268+00
6523	8	1543	2026-12-03 14:57:39.449268+00
6524	8	1544	2026-12-03 14:57:39.449268+00
6525	8	1545	2026-12-03 14:57:39.449268+00
6526	8	1546	2026-12-03 14:57:39.449268+00
6527	8	1547	2026-12-03 14:57:39.449268+00
6528	8	1548	2026-12-03 14:57:39.449268+00
6529	8	1549	2026-12-03 14:57:39.449268+00
6530	8	1550	2026-12-03 14:57:39.449268+00
6531	8	1551	2026-12-03 14:57:39.449268+00
6532	8	1552	2026-12-03 14:57:39.449268+00
6533	8	1553	2026-12-03 14:57:39.449268+00
6534	8	1554	2026-12-03 14:57:39.449268+00
6535	8	1555	2026-12-03 14:57:39.449268+00
6536	8	1556	2026-12-03 14:57:39.449268+00
6537	8	1557	2026-12-03 14:57:39.449268+00
6538	8	1558	2026-12-03 14:57:39.449268+00
6539	8	1559	2026-12-03 14:57:39.449268+00
6540	8	1560	2026-12-03 14:57:39.449268+00
6541	8	1561	2026-12-03 14:57:39.449268+00
6542	8	1562	2026-12-03 14:57:39.449268+00
6543	8	1563	2026-12-03 14:57:39.449268+00
6544	8	1564	2026-12-03 14:57:39.449268+00
6545	8	1565	2026-12-03 14:57:39.449268+00
6546	8	1566	2026-12-03 14:57:39.449268+00
6547	8	1567	2026-12-03 14:57:39.449268+00
6548	8	1568	2026-12-03 14:57:39.449268+00
6549	8	1569	2026-12-03 14:57:39.449268+00
6550	8	1570	2026-12-03 14:57:39.449268+00
6551	8	1571	2026-12-03 14:57:39.449268+00
6552	8	1572	2026-12-03 14:57:39.449268+00
6553	8	1573	2026-12-03 14:57:39.449268+00
6554	8	1574	2026-12-03 14:57:39.449268+00
6555	8	1575	2026-12-03 14:57:39.449268+00
6556	8	1576	2026-12-03 14:57:39.449268+00
6557	8	1577	2026-12-03 14:57:39.449268+00
6558	8	1578	2026-12-03 14:57:39.449268+00
6559	8	1579	2026-12-03 14:57:39.449268+00
6560	8	1580	2026-12-03 14:57:39.449268+00
6561	8	1581	2026-12-03 14:57:39.449268+00
6562	8	1582	2026-12-03 14:57:39.449268+00
6563	8	1583	2026-12-03 14:57:39.449268+00
6564	8	1584	2026-12-03 14:57:39.449268+00
6565	8	1585	2026-12-03 14:57:39.449268+00
6566	8	1586	2026-12-03 14:57:39.449268+00
6567	8	1587	2026-12-03 14:57:39.449268+00
6568	8	1588	2026-12-03 14:57:39.449268+00
6569	8	1589	2026-12-03 14:57:39.449268+00
6570	8	1590	2026-12-03 14:57:39.449268+00
6571	8	1591	2026-12-03 14:57:39.449268+00
6572	8	1592	2026-12-03 14:57:39.449268+00
6573	8	1593	2026-12-03 14:57:39.449268+00
6574	8	1594	2026-12-03 14:57:39.449268+00
6575	8	1595	2026-12-03 14:57:39.449268+00
6576	8	1596	2026-12-03 14:57:39.449268+00
6577	8	1597	2026-12-03 14:57:39.449268+00
6578	8	1598	2026-12-03 14:57:39.449268+00
6579	8	1599	2026-12-03 14:57:39.449268+00
6580	8	1600	2026-12-03 14:57:39.449268+00
6581	8	1601	2026-12-03 14:57:39.449268+00
6582	8	1602	2026-12-03 14:57:39.449268+00
6583	8	1603	2026-12-03 14:57:39.449268+00
6584	8	1604	2026-12-03 14:57:39.449268+00
6585	8	1605	2026-12-03 14:57:39.449268+00
6586	8	1606	2026-12-03 14:57:39.449268+00
6587	8	1607	2026-12-03 14:57:39.449268+00
6588	8	1608	2026-12-03 14:57:39.449268+00
6589	8	1609	2026-12-03 14:57:39.449268+00
6590	8	1610	2026-12-03 14:57:39.449268+00
6591	8	1611	2026-12-03 14:57:39.449268+00
6592	8	1612	2026-12-03 14:57:39.449268+00
6593	8	1613	2026-12-03 14:57:39.449268+00
6594	8	1614	2026-12-03 14:57:39.449268+00
6595	8	1615	2026-12-03 14:57:39.449268+00
6596	8	1616	2026-12-03 14:57:39.449268+00
6597	8	1617	2026-12-03 14:57:39.449268+00
6598	8	1618	2026-12-03 14:57:39.449268+00
6599	8	1619	2026-12-03 14:57:39.449268+00
6600	8	1620	2026-12-03 14:57:39.449268+00
6601	8	1621	2026-12-03 14:57:39.449268+00
6602	8	1622	2026-12-03 14:57:39.449268+00
6603	8	1623	2026-12-03 14:57:39.449268+00
6604	8	1624	2026-12-03 14:57:39.449268+00
6605	8	1625	2026-12-03 14:57:39.449268+00
6606	8	1626	2026-12-03 14:57:39.449268+00
6607	8	1627	2026-12-03 14:57:39.449268+00
6608	8	1628	2026-12-03 14:57:39.449268+00
6609	8	1629	2026-12-03 14:57:39.449268+00
6610	8	1630	2026-12-03 14:57:39.449268+00
6611	8	1631	2026-12-03 14:57:39.449268+00
6612	8	1632	2026-12-03 14:57:39.449268+00
6613	8	1633	2026-12-03 14:57:39.449268+00
6614	8	1634	2026-12-03 14:57:39.449268+00
6615	8	1635	2026-12-03 14:57:39.449268+00
6616	8	1636	2026-12-03 14:57:39.449268+00
6617	8	1637	2026-12-03 14:57:39.449268+00
6618	8	1638	2026-12-03 14:57:39.449268+00
6619	8	1639	2026-12-03 14:57:39.449268+00
6620	8	1640	2026-12-03 14:57:39.449268+00
6621	8	1641	2026-12-03 14:57:39.449268+00
6622	8	1642	2026-12-03 14:57:39.449268+00
6623	8	1643	2026-12-03 14:57:39.449268+00
6624	8	1644	2026-12-03 14:57:39.449268+00
6625	8	1645	2026-12-03 14:57:39.449268+00
6626	8	1646	2026-12-03 14:57:39.449268+00
6627	8	1647	2026-12-03 14:57:39.449268+00
6628	8	1648	2026-12-03 14:57:39.449268+00
6629	8	1649	2026-12-03 14:57:39.449268+00
6630	8	1650	2026-12-03 14:57:39.449268+00
6631	8	1651	2026-12-03 14:57:39.449268+00
6632	8	1652	2026-12-03 14:57:39.449268+00
6633	8	1653	2026-12-03 14:57:39.449268+00
6634	8	1654	2026-12-03 14:57:39.449268+00
6635	8	1655	2026-12-03 14:57:39.449268+00
6636	8	1656	2026-12-03 14:57:39.449268+00
6637	8	1657	2026-12-03 14:57:39.449268+00
6638	8	1658	2026-12-03 14:57:39.449268+00
6639	8	1659	2026-12-03 14:57:39.449268+00
6640	8	1660	2026-12-03 14:57:39.449268+00
6641	8	1661	2026-12-03 14:57:39.449268+00
6642	8	1662	2026-12-03 14:57:39.449268+00
6643	8	1663	2026-12-03 14:57:39.449268+00
6644	8	1664	2026-12-03 14:57:39.449268+00
6645	8	1665	2026-12-03 14:57:39.449268+00
6646	8	1666	2026-12-03 14:57:39.449268+00
6647	8	1667	2026-12-03 14:57:39.449268+00
6648	8	1668	2026-12-03 14:57:39.449268+00
6649	8	1669	2026-12-03 14:57:39.449268+00
6650	8	1670	2026-12-03 14:57:39.449268+00
6651	8	1671	2026-12-03 14:57:39.449268+00
6652	8	1672	2026-12-03 14:57:39.449268+00
6653	8	1673	2026-12-03 14:57:39.449268+00
6654	8	1674	2026-12-03 14:57:39.449268+00
6655	8	1675	2026-12-03 14:57:39.449268+00
6656	8	1676	2026-12-03 14:57:39.449268+00
6657	8	1677	2026-12-03 14:57:39.449268+00
6658	8	1678	2026-12-03 14:57:39.449268+00
6659	8	1679	2026-12-03 14:57:39.449268+00
6660	8	1680	2026-12-03 14:57:39.449268+00
6661	8	1681	2026-12-03 14:57:39.449268+00
6662	8	1682	2026-12-03 14:57:39.449268+00
6663	8	1683	2026-12-03 14:57:39.449268+00
6664	8	1684	2026-12-03 14:57:39.449268+00
6665	8	1685	2026-12-03 14:57:39.449268+00
6666	8	1686	2026-12-03 14:57:39.449268+00
6667	8	1687	2026-12-03 14:57:39.449268+00
6668	8	1688	2026-12-03 14:57:39.449268+00
6669	8	1689	2026-12-03 14:57:39.449268+00
6670	8	1690	2026-12-03 14:57:39.449268+00
6671	8	1691	2026-12-03 14:57:39.449268+00
6672	8	1692	2026-12-03 14:57:39.449268+00
6673	8	1693	2026-12-03 14:57:39.449268+00
6674	8	1694	2026-12-03 14:57:39.449268+00
6675	8	1695	2026-12-03 14:57:39.449268+00
6676	8	1696	2026-12-03 14:57:39.449268+00
6677	8	1697	2026-12-03 14:57:39.449268+00
6678	8	1698	2026-12-03 14:57:39.449268+00
6679	8	1699	2026-12-03 14:57:39.449268+00
6680	8	1700	2026-12-03 14:57:39.449268+00
6681	8	1701	2026-12-03 14:57:39.449268+00
6682	8	1702	2026-12-03 14:57:39.449268+00
6683	8	1703	2026-12-03 14:57:39.449268+00
6684	8	1704	2026-12-03 14:57:39.449268+00
6685	8	1705	2026-12-03 14:57:39.449268+00
6686	8	1706	2026-12-03 14:57:39.449268+00
6687	8	1707	2026-12-03 14:57:39.449268+00
6688	8	1708	2026-12-03 14:57:39.449268+00
6689	8	1709	2026-12-03 14:57:39.449268+00
6690	8	1710	2026-12-03 14:57:39.449268+00
6691	8	1711	2026-12-03 14:57:39.449268+00
6692	8	1712	2026-12-03 14:57:39.449268+00
6693	8	1713	2026-12-03 14:57:39.449268+00
6694	8	1714	2026-12-03 14:57:39.449268+00
6695	8	1715	2026-12-03 14:57:39.449268+00
6696	8	1716	2026-12-03 14:57:39.449268+00
6697	8	1717	2026-12-03 14:57:39.449268+00
6698	8	1718	2026-12-03 14:57:39.449268+00
6699	8	1719	2026-12-03 14:57:39.449268+00
6700	8	1720	2026-12-03 14:57:39.449268+00
6701	8	1721	2026-12-03 14:57:39.449268+00
6702	8	1722	2026-12-03 14:57:39.449268+00
6703	8	1723	2026-12-03 14:57:39.449268+00
6704	8	1724	2026-12-03 14:57:39.449268+00
6705	8	1725	2026-12-03 14:57:39.449268+00
6706	8	1726	2026-12-03 14:57:39.449268+00
6707	8	1727	2026-12-03 14:57:39.449268+00
6708	8	1728	2026-12-03 14:57:39.449268+00
6709	8	1729	2026-12-03 14:57:39.449268+00
6710	8	1730	2026-12-03 14:57:39.449268+00
6711	8	1731	2026-12-03 14:57:39.449268+00
6712	8	1732	2026-12-03 14:57:39.449268+00
6713	8	1733	2026-12-03 14:57:39.449268+00
6714	8	1734	2026-12-03 14:57:39.449268+00
6715	8	1735	2026-12-03 14:57:39.449268+00
6716	8	1736	2026-12-03 14:57:39.449268+00
6717	8	1737	2026-12-03 14:57:39.449268+00
6718	8	1738	2026-12-03 14:57:39.449268+00
6719	8	1739	2026-12-03 14:57:39.449268+00
6720	8	1740	2026-12-03 14:57:39.449268+00
6721	8	1741	2026-12-03 14:57:39.449268+00
6722	8	1742	2026-12-03 14:57:39.449268+00
6723	8	1743	2026-12-03 14:57:39.449268+00
6724	8	1744	2026-12-03 14:57:39.449268+00
6725	8	1745	2026-12-03 14:57:39.449268+00
6726	8	1746	2026-12-03 14:57:39.449268+00
6727	8	1747	2026-12-03 14:57:39.449268+00
6728	8	1748	2026-12-03 14:57:39.449268+00
6729	8	1749	2026-12-03 14:57:39.449268+00
6730	8	1750	2026-12-03 14:57:39.449268+00
6731	8	1751	2026-12-03 14:57:39.449268+00
6732	8	1752	2026-12-03 14:57:39.449268+00
6733	8	1753	2026-12-03 14:57:39.449268+00
6734	8	1754	2026-12-03 14:57:39.449268+00
6735	8	1755	2026-12-03 14:57:39.449268+00
6736	8	1756	2026-12-03 14:57:39.449268+00
6737	8	1757	2026-12-03 14:57:39.449268+00
6738	8	1758	2026-12-03 14:57:39.449268+00
6739	8	1759	2026-12-03 14:57:39.449268+00
6740	8	1760	2026-12-03 14:57:39.449268+00
6741	8	1761	2026-12-03 14:57:39.449268+00
6742	8	1762	2026-12-03 14:57:39.449268+00
6743	8	1763	2026-12-03 14:57:39.449268+00
6744	8	1764	2026-12-03 14:57:39.449268+00
6745	8	1765	2026-12-03 14:57:39.449268+00
6746	8	1766	2026-12-03 14:57:39.449268+00
6747	8	1767	2026-12-03 14:57:39.449268+00
6748	8	1768	2026-12-03 14:57:39.449268+00
6749	8	1769	2026-12-03 14:57:39.449268+00
6750	8	1770	2026-12-03 14:57:39.449268+00
6751	8	1771	2026-12-03 14:57:39.449268+00
6752	8	1772	2026-12-03 14:57:39.449268+00
6753	8	1773	2026-12-03 14:57:39.449268+00
6754	8	1774	2026-12-03 14:57:39.449268+00
6755	8	1775	2026-12-03 14:57:39.449268+00
6756	8	1776	2026-12-03 14:57:39.449268+00
6757	8	1777	2026-12-03 14:57:39.449268+00
6758	8	1778	2026-12-03 14:57:39.449268+00
6759	8	1779	2026-12-03 14:57:39.449268+00
6760	8	1780	2026-12-03 14:57:39.449268+00
6761	8	1781	2026-12-03 14:57:39.449268+00
6762	8	1782	2026-12-03 14:57:39.449268+00
6763	8	1783	2026-12-03 14:57:39.449268+00
6764	8	1784	2026-12-03 14:57:39.449268+00
6765	8	1785	2026-12-03 14:57:39.449268+00
6766	8	1786	2026-12-03 14:57:39.449268+00
6767	8	1787	2026-12-03 14:57:39.449268+00
6768	8	1788	2026-12-03 14:57:39.449268+00
6769	8	1789	2026-12-03 14:57:39.449268+00
6770	8	1790	2026-12-03 14:57:39.449268+00
6771	8	1791	2026-12-03 14:57:39.449268+00
6772	8	1792	2026-12-03 14:57:39.449268+00
6773	8	1793	2026-12-03 14:57:39.449268+00
6774	8	1794	2026-12-03 14:57:39.449268+00
6775	8	1795	2026-12-03 14:57:39.449268+00
6776	8	1796	2026-12-03 14:57:39.449268+00
6777	8	1797	2026-12-03 14:57:39.449268+00
6778	8	1798	2026-12-03 14:57:39.449268+00
6779	8	1799	2026-12-03 14:57:39.449268+00
6780	8	1800	2026-12-03 14:57:39.449268+00
6781	8	1801	2026-12-03 14:57:39.449268+00
6782	8	1802	2026-12-03 14:57:39.449268+00
6783	8	1803	2026-12-03 14:57:39.449268+00
6784	8	1804	2026-12-03 14:57:39.449268+00
6785	8	1805	2026-12-03 14:57:39.449268+00
6786	8	1806	2026-12-03 14:57:39.449268+00
6787	8	1807	2026-12-03 14:57:39.449268+00
6788	8	1808	2026-12-03 14:57:39.449268+00
6789	8	1809	2026-12-03 14:57:39.449268+00
6790	8	1810	2026-12-03 14:57:39.449268+00
6791	8	1811	2026-12-03 14:57:39.449268+00
6792	8	1812	2026-12-03 14:57:39.449268+00
6793	8	1813	2026-12-03 14:57:39.449268+00
6794	8	1814	2026-12-03 14:57:39.449268+00
6795	8	1815	2026-12-03 14:57:39.449268+00
6796	8	1816	2026-12-03 14:57:39.449268+00
6797	8	1817	2026-12-03 14:57:39.449268+00
6798	8	1818	2026-12-03 14:57:39.449268+00
6799	8	1819	2026-12-03 14:57:39.449268+00
6800	8	1820	2026-12-03 14:57:39.449268+00
6801	8	1821	2026-12-03 14:57:39.449268+00
6802	8	1822	2026-12-03 14:57:39.449268+00
6803	8	1823	2026-12-03 14:57:39.449268+00
6804	8	1824	2026-12-03 14:57:39.449268+00
6805	8	1825	2026-12-03 14:57:39.449268+00
6806	8	1826	2026-12-03 14:57:39.449268+00
6807	8	1827	2026-12-03 14:57:39.449268+00
6808	8	1828	2026-12-03 14:57:39.449268+00
6809	8	1829	2026-12-03 14:57:39.449268+00
6810	8	1830	2026-12-03 14:57:39.449268+00
6811	8	1831	2026-12-03 14:57:39.449268+00
6812	8	1832	2026-12-03 14:57:39.449268+00
6813	8	1833	2026-12-03 14:57:39.449268+00
6814	8	1834	2026-12-03 14:57:39.449268+00
6815	8	1835	2026-12-03 14:57:39.449268+00
6816	8	1836	2026-12-03 14:57:39.449268+00
6817	8	1837	2026-12-03 14:57:39.449268+00
6818	8	1838	2026-12-03 14:57:39.449268+00
6819	8	1839	2026-12-03 14:57:39.449268+00
6820	8	1840	2026-12-03 14:57:39.449268+00
6821	8	1841	2026-12-03 14:57:39.449268+00
6822	8	1842	2026-12-03 14:57:39.449268+00
6823	8	1843	2026-12-03 14:57:39.449268+00
6824	8	1844	2026-12-03 14:57:39.449268+00
6825	8	1845	2026-12-03 14:57:39.449268+00
6826	8	1846	2026-12-03 14:57:39.449268+00
6827	8	1847	2026-12-03 14:57:39.449268+00
6828	8	1848	2026-12-03 14:57:39.449268+00
6829	8	1849	2026-12-03 14:57:39.449268+00
6830	8	1850	2026-12-03 14:57:39.449268+00
6831	8	1851	2026-12-03 14:57:39.449268+00
6832	8	1852	2026-12-03 14:57:39.449268+00
6833	8	1853	2026-12-03 14:57:39.449268+00
6834	8	1854	2026-12-03 14:57:39.449268+00
6835	8	1855	2026-12-03 14:57:39.449268+00
6836	8	1856	2026-12-03 14:57:39.449268+00
6837	8	1857	2026-12-03 14:57:39.449268+00
6838	8	1858	2026-12-03 14:57:39.449268+00
6839	8	1859	2026-12-03 14:57:39.449268+00
6840	8	1860	2026-12-03 14:57:39.449268+00
6841	8	1861	2026-12-03 14:57:39.449268+00
6842	8	1862	2026-12-03 14:57:39.449268+00
6843	8	1863	2026-12-03 14:57:39.449268+00
6844	8	1864	2026-12-03 14:57:39.449268+00
6845	8	1865	2026-12-03 14:57:39.449268+00
6846	8	1866	2026-12-03 14:57:39.449268+00
6847	8	1867	2026-12-03 14:57:39.449268+00
6848	8	1868	2026-12-03 14:57:39.449268+00
6849	8	1869	2026-12-03 14:57:39.449268+00
6850	8	1870	2026-12-03 14:57:39.449268+00
6851	8	1871	2026-12-03 14:57:39.449268+00
6852	8	1872	2026-12-03 14:57:39.449268+00
6853	8	1873	2026-12-03 14:57:39.449268+00
6854	8	1874	2026-12-03 14:57:39.449268+00
6855	8	1875	2026-12-03 14:57:39.449268+00
6856	8	1876	2026-12-03 14:57:39.449268+00
6857	8	1877	2026-12-03 14:57:39.449268+00
6858	8	1878	2026-12-03 14:57:39.449268+00
6859	8	1879	2026-12-03 14:57:39.449268+00
6860	8	1880	2026-12-03 14:57:39.449268+00
6861	8	1881	2026-12-03 14:57:39.449268+00
6862	8	1882	2026-12-03 14:57:39.449268+00
6863	8	1883	2026-12-03 14:57:39.449268+00
6864	8	1884	2026-12-03 14:57:39.449268+00
6865	8	1885	2026-12-03 14:57:39.449268+00
6866	8	1886	2026-12-03 14:57:39.449268+00
6867	8	1887	2026-12-03 14:57:39.449268+00
6868	8	1888	2026-12-03 14:57:39.449268+00
6869	8	1889	2026-12-03 14:57:39.449268+00
6870	8	1890	2026-12-03 14:57:39.449268+00
6871	8	1891	2026-12-03 14:57:39.449268+00
6872	8	1892	2026-12-03 14:57:39.449268+00
6873	8	1893	2026-12-03 14:57:39.449268+00
6874	8	1894	2026-12-03 14:57:39.449268+00
6875	8	1895	2026-12-03 14:57:39.449268+00
6876	8	1896	2026-12-03 14:57:39.449268+00
6877	8	1897	2026-12-03 14:57:39.449268+00
6878	8	1898	2026-12-03 14:57:39.449268+00
6879	8	1899	2026-12-03 14:57:39.449268+00
6880	8	1900	2026-12-03 14:57:39.449268+00
6881	8	1901	2026-12-03 14:57:39.449268+00
6882	8	1902	2026-12-03 14:57:39.449268+00
6883	8	1903	2026-12-03 14:57:39.449268+00
6884	8	1904	2026-12-03 14:57:39.449268+00
6885	8	1905	2026-12-03 14:57:39.449268+00
6886	8	1906	2026-12-03 14:57:39.449268+00
6887	8	1907	2026-12-03 14:57:39.449268+00
6888	8	1908	2026-12-03 14:57:39.449268+00
6889	8	1909	2026-12-03 14:57:39.449268+00
6890	8	1910	2026-12-03 14:57:39.449268+00
6891	8	1911	2026-12-03 14:57:39.449268+00
6892	8	1912	2026-12-03 14:57:39.449268+00
6893	8	1913	2026-12-03 14:57:39.449268+00
6894	8	1914	2026-12-03 14:57:39.449268+00
6895	8	1915	2026-12-03 14:57:39.449268+00
6896	8	1916	2026-12-03 14:57:39.449268+00
6897	8	1917	2026-12-03 14:57:39.449268+00
6898	8	1918	2026-12-03 14:57:39.449268+00
6899	8	1919	2026-12-03 14:57:39.449268+00
6900	8	1920	2026-12-03 14:57:39.449268+00
6901	8	1921	2026-12-03 14:57:39.449268+00
6902	8	1922	2026-12-03 14:57:39.449268+00
6903	8	1923	2026-12-03 14:57:39.449268+00
6904	8	1924	2026-12-03 14:57:39.449268+00
6905	8	1925	2026-12-03 14:57:39.449268+00
6906	8	1926	2026-12-03 14:57:39.449268+00
6907	8	1927	2026-12-03 14:57:39.449268+00
6908	8	1928	2026-12-03 14:57:39.449268+00
6909	8	1929	2026-12-03 14:57:39.449268+00
6910	8	1930	2026-12-03 14:57:39.449268+00
6911	8	1931	2026-12-03 14:57:39.449268+00
6912	8	1932	2026-12-03 14:57:39.449268+00
6913	8	1933	2026-12-03 14:57:39.449268+00
6914	8	1934	2026-12-03 14:57:39.449268+00
6915	8	1935	2026-12-03 14:57:39.449268+00
6916	8	1936	2026-12-03 14:57:39.449268+00
6917	8	1937	2026-12-03 14:57:39.449268+00
6918	8	1938	2026-12-03 14:57:39.449268+00
6919	8	1939	2026-12-03 14:57:39.449268+00
6920	8	1940	2026-12-03 14:57:39.449268+00
6921	8	1941	2026-12-03 14:57:39.449268+00
6922	8	1942	2026-12-03 14:57:39.449268+00
6923	8	1943	2026-12-03 14:57:39.449268+00
6924	8	1944	2026-12-03 14:57:39.449268+00
6925	8	1945	2026-12-03 14:57:39.449268+00
6926	8	1946	2026-12-03 14:57:39.449268+00
6927	8	1947	2026-12-03 14:57:39.449268+00
6928	8	1948	2026-12-03 14:57:39.449268+00
6929	8	1949	2026-12-03 14:57:39.449268+00
6930	8	1950	2026-12-03 14:57:39.449268+00
6931	8	1951	2026-12-03 14:57:39.449268+00
6932	8	1952	2026-12-03 14:57:39.449268+00
6933	8	1953	2026-12-03 14:57:39.449268+00
6934	8	1954	2026-12-03 14:57:39.449268+00
6935	8	1955	2026-12-03 14:57:39.449268+00
6936	8	1956	2026-12-03 14:57:39.449268+00
6937	8	1957	2026-12-03 14:57:39.449268+00
6938	8	1958	2026-12-03 14:57:39.449268+00
6939	8	1959	2026-12-03 14:57:39.449268+00
6940	8	1960	2026-12-03 14:57:39.449268+00
6941	8	1961	2026-12-03 14:57:39.449268+00
6942	8	1962	2026-12-03 14:57:39.449268+00
6943	8	1963	2026-12-03 14:57:39.449268+00
6944	8	1964	2026-12-03 14:57:39.449268+00
6945	8	1965	2026-12-03 14:57:39.449268+00
6946	8	1966	2026-12-03 14:57:39.449268+00
6947	8	1967	2026-12-03 14:57:39.449268+00
6948	8	1968	2026-12-03 14:57:39.449268+00
6949	8	1969	2026-12-03 14:57:39.449268+00
6950	8	1970	2026-12-03 14:57:39.449268+00
6951	8	1971	2026-12-03 14:57:39.449268+00
6952	8	1972	2026-12-03 14:57:39.449268+00
6953	8	1973	2026-12-03 14:57:39.449268+00
6954	8	1974	2026-12-03 14:57:39.449268+00
6955	8	1975	2026-12-03 14:57:39.449268+00
6956	8	1976	2026-12-03 14:57:39.449268+00
6957	8	1977	2026-12-03 14:57:39.449268+00
6958	8	1978	2026-12-03 14:57:39.449268+00
6959	8	1979	2026-12-03 14:57:39.449268+00
6960	8	1980	2026-12-03 14:57:39.449268+00
6961	8	1981	2026-12-03 14:57:39.449268+00
6962	8	1982	2026-12-03 14:57:39.449268+00
6963	8	1983	2026-12-03 14:57:39.449268+00
6964	8	1984	2026-12-03 14:57:39.449268+00
6965	8	1985	2026-12-03 14:57:39.449268+00
6966	8	1986	2026-12-03 14:57:39.449268+00
6967	8	1987	2026-12-03 14:57:39.449268+00
6968	8	1988	2026-12-03 14:57:39.449268+00
6969	8	1989	2026-12-03 14:57:39.449268+00
6970	8	1990	2026-12-03 14:57:39.449268+00
6971	8	1991	2026-12-03 14:57:39.449268+00
6972	8	1992	2026-12-03 14:57:39.449268+00
6973	8	1993	2026-12-03 14:57:39.449268+00
6974	8	1994	2026-12-03 14:57:39.449268+00
6975	8	1995	2026-12-03 14:57:39.449268+00
6976	8	1996	2026-12-03 14:57:39.449268+00
6977	8	1997	2026-12-03 14:57:39.449268+00
6978	8	1998	2026-12-03 14:57:39.449268+00
6979	8	1999	2026-12-03 14:57:39.449268+00
6980	8	2000	2026-12-03 14:57:39.449268+00
6981	8	2001	2026-12-03 14:57:39.449268+00
6982	8	2002	2026-12-03 14:57:39.449268+00
6983	8	2003	2026-12-03 14:57:39.449268+00
6984	8	2004	2026-12-03 14:57:39.449268+00
6985	8	2005	2026-12-03 14:57:39.449268+00
6986	8	2006	2026-12-03 14:57:39.449268+00
6987	8	2007	2026-12-03 14:57:39.449268+00
6988	8	2008	2026-12-03 14:57:39.449268+00
6989	8	2009	2026-12-03 14:57:39.449268+00
6990	8	2010	2026-12-03 14:57:39.449268+00
6991	8	2011	2026-12-03 14:57:39.449268+00
6992	8	2012	2026-12-03 14:57:39.449268+00
6993	8	2013	2026-12-03 14:57:39.449268+00
6994	8	2014	2026-12-03 14:57:39.449268+00
6995	8	2015	2026-12-03 14:57:39.449268+00
6996	8	2016	2026-12-03 14:57:39.449268+00
6997	8	2017	2026-12-03 14:57:39.449268+00
6998	8	2018	2026-12-03 14:57:39.449268+00
6999	8	2019	2026-12-03 14:57:39.449268+00
7000	8	2020	2026-12-03 14:57:39.449268+00
7001	8	2021	2026-12-03 14:57:39.449268+00
7002	8	2022	2026-12-03 14:57:39.449268+00
7003	8	2023	2026-12-03 14:57:39.449268+00
7004	8	2024	2026-12-03 14:57:39.449268+00
7005	8	2025	2026-12-03 14:57:39.449268+00
7006	8	2026	2026-12-03 14:57:39.449268+00
7007	8	2027	2026-12-03 14:57:39.449268+00
7008	8	2028	2026-12-03 14:57:39.449268+00
7009	8	2029	2026-12-03 14:57:39.449268+00
7010	8	2030	2026-12-03 14:57:39.449268+00
7011	8	2031	2026-12-03 14:57:39.449268+00
7012	8	2032	2026-12-03 14:57:39.449268+00
7013	8	2033	2026-12-03 14:57:39.449268+00
7014	8	2034	2026-12-03 14:57:39.449268+00
7015	8	2035	2026-12-03 14:57:39.449268+00
7016	8	2036	2026-12-03 14:57:39.449268+00
7017	8	2037	2026-12-03 14:57:39.449268+00
7018	8	2038	2026-12-03 14:57:39.449268+00
7019	8	2039	2026-12-03 14:57:39.449268+00
7020	8	2040	2026-12-03 14:57:39.449268+00
7021	8	2041	2026-12-03 14:57:39.449268+00
7022	8	2042	2026-12-03 14:57:39.449268+00
7023	8	2043	2026-12-03 14:57:39.449268+00
7024	8	2044	2026-12-03 14:57:39.449268+00
7025	8	2045	2026-12-03 14:57:39.449268+00
7026	8	2046	2026-12-03 14:57:39.449268+00
7027	8	2047	2026-12-03 14:57:39.449268+00
7028	8	2048	2026-12-03 14:57:39.449268+00
7029	8	2049	2026-12-03 14:57:39.449268+00
7030	8	2050	2026-12-03 14:57:39.449268+00
7031	8	2051	2026-12-03 14:57:39.449268+00
7032	8	2052	2026-12-03 14:57:39.449268+00
7033	8	2053	2026-12-03 14:57:39.449268+00
7034	8	2054	2026-12-03 14:57:39.449268+00
7035	8	2055	2026-12-03 14:57:39.449268+00
7036	8	2056	2026-12-03 14:57:39.449268+00
7037	8	2057	2026-12-03 14:57:39.449268+00
7038	8	2058	2026-12-03 14:57:39.449268+00
7039	8	2059	2026-12-03 14:57:39.449268+00
7040	8	2060	2026-12-03 14:57:39.449268+00
7041	8	2061	2026-12-03 14:57:39.449268+00
7042	8	2062	2026-12-03 14:57:39.449268+00
7043	8	2063	2026-12-03 14:57:39.449268+00
7044	8	2064	2026-12-03 14:57:39.449268+00
7045	8	2065	2026-12-03 14:57:39.449268+00
7046	8	2066	2026-12-03 14:57:39.449268+00
7047	8	2067	2026-12-03 14:57:39.449268+00
7048	8	2068	2026-12-03 14:57:39.449268+00
7049	8	2069	2026-12-03 14:57:39.449268+00
7050	8	2070	2026-12-03 14:57:39.449268+00
7051	8	2071	2026-12-03 14:57:39.449268+00
7052	8	2072	2026-12-03 14:57:39.449268+00
7053	8	2073	2026-12-03 14:57:39.449268+00
7054	8	2074	2026-12-03 14:57:39.449268+00
7055	8	2075	2026-12-03 14:57:39.449268+00
7056	8	2076	2026-12-03 14:57:39.449268+00
7057	8	2077	2026-12-03 14:57:39.449268+00
7058	8	2078	2026-12-03 14:57:39.449268+00
7059	8	2079	2026-12-03 14:57:39.449268+00
7060	8	2080	2026-12-03 14:57:39.449268+00
7061	8	2081	2026-12-03 14:57:39.449268+00
7062	8	2082	2026-12-03 14:57:39.449268+00
7063	8	2083	2026-12-03 14:57:39.449268+00
7064	8	2084	2026-12-03 14:57:39.449268+00
7065	8	2085	2026-12-03 14:57:39.449268+00
7066	8	2086	2026-12-03 14:57:39.449268+00
7067	8	2087	2026-12-03 14:57:39.449268+00
7068	8	2088	2026-12-03 14:57:39.449268+00
7069	8	2089	2026-12-03 14:57:39.449268+00
7070	8	2090	2026-12-03 14:57:39.449268+00
7071	8	2091	2026-12-03 14:57:39.449268+00
7072	8	2092	2026-12-03 14:57:39.449268+00
7073	8	2093	2026-12-03 14:57:39.449268+00
7074	8	2094	2026-12-03 14:57:39.449268+00
7075	8	2095	2026-12-03 14:57:39.449268+00
7076	8	2096	2026-12-03 14:57:39.449268+00
7077	8	2097	2026-12-03 14:57:39.449268+00
7078	8	2098	2026-12-03 14:57:39.449268+00
7079	8	2099	2026-12-03 14:57:39.449268+00
7080	8	2100	2026-12-03 14:57:39.449268+00
7081	8	2101	2026-12-03 14:57:39.449268+00
7082	8	2102	2026-12-03 14:57:39.449268+00
7083	8	2103	2026-12-03 14:57:39.449268+00
7084	8	2104	2026-12-03 14:57:39.449268+00
7085	8	2105	2026-12-03 14:57:39.449268+00
7086	8	2106	2026-12-03 14:57:39.449268+00
7087	8	2107	2026-12-03 14:57:39.449268+00
7088	8	2108	2026-12-03 14:57:39.449268+00
7089	8	2109	2026-12-03 14:57:39.449268+00
7090	8	2110	2026-12-03 14:57:39.449268+00
7091	8	2111	2026-12-03 14:57:39.449268+00
7092	8	2112	2026-12-03 14:57:39.449268+00
7093	8	2113	2026-12-03 14:57:39.449268+00
7094	8	2114	2026-12-03 14:57:39.449268+00
7095	8	2115	2026-12-03 14:57:39.449268+00
7096	8	2116	2026-12-03 14:57:39.449268+00
7097	8	2117	2026-12-03 14:57:39.449268+00
7098	8	2118	2026-12-03 14:57:39.449268+00
7099	8	2119	2026-12-03 14:57:39.449268+00
7100	8	2120	2026-12-03 14:57:39.449268+00
7101	8	2121	2026-12-03 14:57:39.449268+00
7102	8	2122	2026-12-03 14:57:39.449268+00
7103	8	2123	2026-12-03 14:57:39.449268+00
7104	8	2124	2026-12-03 14:57:39.449268+00
7105	8	2125	2026-12-03 14:57:39.449268+00
7106	8	2126	2026-12-03 14:57:39.449268+00
7107	8	2127	2026-12-03 14:57:39.449268+00
7108	8	2128	2026-12-03 14:57:39.449268+00
7109	8	2129	2026-12-03 14:57:39.449268+00
7110	8	2130	2026-12-03 14:57:39.449268+00
7111	8	2131	2026-12-03 14:57:39.449268+00
7112	8	2132	2026-12-03 14:57:39.449268+00
7113	8	2133	2026-12-03 14:57:39.449268+00
7114	8	2134	2026-12-03 14:57:39.449268+00
7115	8	2135	2026-12-03 14:57:39.449268+00
7116	8	2136	2026-12-03 14:57:39.449268+00
7117	8	2137	2026-12-03 14:57:39.449268+00
7118	8	2138	2026-12-03 14:57:39.449268+00
7119	8	2139	2026-12-03 14:57:39.449268+00
7120	8	2140	2026-12-03 14:57:39.449268+00
7121	8	2141	2026-12-03 14:57:39.449268+00
7122	8	2142	2026-12-03 14:57:39.449268+00
7123	8	2143	2026-12-03 14:57:39.449268+00
7124	8	2144	2026-12-03 14:57:39.449268+00
7125	8	2145	2026-12-03 14:57:39.449268+00
7126	8	2146	2026-12-03 14:57:39.449268+00
7127	8	2147	2026-12-03 14:57:39.449268+00
7128	8	2148	2026-12-03 14:57:39.449268+00
7129	8	2149	2026-12-03 14:57:39.449268+00
7130	8	2150	2026-12-03 14:57:39.449268+00
7131	8	2151	2026-12-03 14:57:39.449268+00
7132	8	2152	2026-12-03 14:57:39.449268+00
7133	8	2153	2026-12-03 14:57:39.449268+00
7134	8	2154	2026-12-03 14:57:39.449268+00
7135	8	2155	2026-12-03 14:57:39.449268+00
7136	8	2156	2026-12-03 14:57:39.449268+00
7137	8	2157	2026-12-03 14:57:39.449268+00
7138	8	2158	2026-12-03 14:57:39.449268+00
7139	8	2159	2026-12-03 14:57:39.449268+00
7140	8	2160	2026-12-03 14:57:39.449268+00
7141	8	2161	2026-12-03 14:57:39.449268+00
7142	8	2162	2026-12-03 14:57:39.449268+00
7143	8	2163	2026-12-03 14:57:39.449268+00
7144	8	2164	2026-12-03 14:57:39.449268+00
7145	8	2165	2026-12-03 14:57:39.449268+00
7146	8	2166	2026-12-03 14:57:39.449268+00
7147	8	2167	2026-12-03 14:57:39.449268+00
7148	8	2168	2026-12-03 14:57:39.449268+00
7149	8	2169	2026-12-03 14:57:39.449268+00
7150	8	2170	2026-12-03 14:57:39.449268+00
7151	8	2171	2026-12-03 14:57:39.449268+00
7152	8	2172	2026-12-03 14:57:39.449268+00
7153	8	2173	2026-12-03 14:57:39.449268+00
7154	8	2174	2026-12-03 14:57:39.449268+00
7155	8	2175	2026-12-03 14:57:39.449268+00
7156	8	2176	2026-12-03 14:57:39.449268+00
7157	8	2177	2026-12-03 14:57:39.449268+00
7158	8	2178	2026-12-03 14:57:39.449268+00
7159	8	2179	2026-12-03 14:57:39.449268+00
7160	8	2180	2026-12-03 14:57:39.449268+00
7161	8	2181	2026-12-03 14:57:39.449268+00
7162	8	2182	2026-12-03 14:57:39.449268+00
7163	8	2183	2026-12-03 14:57:39.449268+00
7164	8	2184	2026-12-03 14:57:39.449268+00
7165	8	2185	2026-12-03 14:57:39.449268+00
7166	8	2186	2026-12-03 14:57:39.449268+00
7167	8	2187	2026-12-03 14:57:39.449268+00
7168	8	2188	2026-12-03 14:57:39.449268+00
7169	8	2189	2026-12-03 14:57:39.449268+00
7170	8	2190	2026-12-03 14:57:39.449268+00
7171	8	2191	2026-12-03 14:57:39.449268+00
7172	8	2192	2026-12-03 14:57:39.449268+00
7173	8	2193	2026-12-03 14:57:39.449268+00
7174	8	2194	2026-12-03 14:57:39.449268+00
7175	8	2195	2026-12-03 14:57:39.449268+00
7176	8	2196	2026-12-03 14:57:39.449268+00
7177	8	2197	2026-12-03 14:57:39.449268+00
7178	8	2198	2026-12-03 14:57:39.449268+00
7179	8	2199	2026-12-03 14:57:39.449268+00
7180	8	2200	2026-12-03 14:57:39.449268+00
7181	8	2201	2026-12-03 14:57:39.449268+00
7182	8	2202	2026-12-03 14:57:39.449268+00
7183	8	2203	2026-12-03 14:57:39.449268+00
7184	8	2204	2026-12-03 14:57:39.449268+00
7185	8	2205	2026-12-03 14:57:39.449268+00
7186	8	2206	2026-12-03 14:57:39.449268+00
7187	8	2207	2026-12-03 14:57:39.449268+00
7188	8	2208	2026-12-03 14:57:39.449268+00
7189	8	2209	2026-12-03 14:57:39.449268+00
7190	8	2210	2026-12-03 14:57:39.449268+00
7191	8	2211	2026-12-03 14:57:39.449268+00
7192	8	2212	2026-12-03 14:57:39.449268+00
7193	8	2213	2026-12-03 14:57:39.449268+00
7194	8	2214	2026-12-03 14:57:39.449268+00
7195	8	2215	2026-12-03 14:57:39.449268+00
7196	8	2216	2026-12-03 14:57:39.449268+00
7197	8	2217	2026-12-03 14:57:39.449268+00
7198	8	2218	2026-12-03 14:57:39.449268+00
7199	8	2219	2026-12-03 14:57:39.449268+00
7200	8	2220	2026-12-03 14:57:39.449268+00
7201	8	2221	2026-12-03 14:57:39.449268+00
7202	8	2222	2026-12-03 14:57:39.449268+00
7203	8	2223	2026-12-03 14:57:39.449268+00
7204	8	2224	2026-12-03 14:57:39.449268+00
7205	8	2225	2026-12-03 14:57:39.449268+00
7206	8	2226	2026-12-03 14:57:39.449268+00
7207	8	2227	2026-12-03 14:57:39.449268+00
7208	8	2228	2026-12-03 14:57:39.449268+00
7209	8	2229	2026-12-03 14:57:39.449268+00
7210	8	2230	2026-12-03 14:57:39.449268+00
7211	8	2231	2026-12-03 14:57:39.449268+00
7212	8	2232	2026-12-03 14:57:39.449268+00
7213	8	2233	2026-12-03 14:57:39.449268+00
7214	8	2234	2026-12-03 14:57:39.449268+00
7215	8	2235	2026-12-03 14:57:39.449268+00
7216	8	2236	2026-12-03 14:57:39.449268+00
7217	8	2237	2026-12-03 14:57:39.449268+00
7218	8	2238	2026-12-03 14:57:39.449268+00
7219	8	2239	2026-12-03 14:57:39.449268+00
7220	8	2240	2026-12-03 14:57:39.449268+00
7221	8	2241	2026-12-03 14:57:39.449268+00
7222	8	2242	2026-12-03 14:57:39.449268+00
7223	8	2243	2026-12-03 14:57:39.449268+00
7224	8	2244	2026-12-03 14:57:39.449268+00
7225	8	2245	2026-12-03 14:57:39.449268+00
7226	8	2246	2026-12-03 14:57:39.449268+00
7227	8	2247	2026-12-03 14:57:39.449268+00
7228	8	2248	2026-12-03 14:57:39.449268+00
7229	8	2249	2026-12-03 14:57:39.449268+00
7230	8	2250	2026-12-03 14:57:39.449268+00
7231	8	2251	2026-12-03 14:57:39.449268+00
7232	8	2252	2026-12-03 14:57:39.449268+00
7233	8	2253	2026-12-03 14:57:39.449268+00
7234	8	2254	2026-12-03 14:57:39.449268+00
7235	8	2255	2026-12-03 14:57:39.449268+00
7236	8	2256	2026-12-03 14:57:39.449268+00
7237	8	2257	2026-12-03 14:57:39.449268+00
7238	8	2258	2026-12-03 14:57:39.449268+00
7239	8	2259	2026-12-03 14:57:39.449268+00
7240	8	2260	2026-12-03 14:57:39.449268+00
7241	8	2261	2026-12-03 14:57:39.449268+00
7242	8	2262	2026-12-03 14:57:39.449268+00
7243	8	2263	2026-12-03 14:57:39.449268+00
7244	8	2264	2026-12-03 14:57:39.449268+00
7245	8	2265	2026-12-03 14:57:39.449268+00
7246	8	2266	2026-12-03 14:57:39.449268+00
7247	8	2267	2026-12-03 14:57:39.449268+00
7248	8	2268	2026-12-03 14:57:39.449268+00
7249	8	2269	2026-12-03 14:57:39.449268+00
7250	8	2270	2026-12-03 14:57:39.449268+00
7251	8	2271	2026-12-03 14:57:39.449268+00
7252	8	2272	2026-12-03 14:57:39.449268+00
7253	8	2273	2026-12-03 14:57:39.449268+00
7254	8	2274	2026-12-03 14:57:39.449268+00
7255	8	2275	2026-12-03 14:57:39.449268+00
7256	8	2276	2026-12-03 14:57:39.449268+00
7257	8	2277	2026-12-03 14:57:39.449268+00
7258	8	2278	2026-12-03 14:57:39.449268+00
7259	8	2279	2026-12-03 14:57:39.449268+00
7260	8	2280	2026-12-03 14:57:39.449268+00
7261	8	2281	2026-12-03 14:57:39.449268+00
7262	8	2282	2026-12-03 14:57:39.449268+00
7263	8	2283	2026-12-03 14:57:39.449268+00
7264	8	2284	2026-12-03 14:57:39.449268+00
7265	8	2285	2026-12-03 14:57:39.449268+00
7266	8	2286	2026-12-03 14:57:39.449268+00
7267	8	2287	2026-12-03 14:57:39.449268+00
7268	8	2288	2026-12-03 14:57:39.449268+00
7269	8	2289	2026-12-03 14:57:39.449268+00
7270	8	2290	2026-12-03 14:57:39.449268+00
7271	8	2291	2026-12-03 14:57:39.449268+00
7272	8	2292	2026-12-03 14:57:39.449268+00
7273	8	2293	2026-12-03 14:57:39.449268+00
7274	8	2294	2026-12-03 14:57:39.449268+00
7275	8	2295	2026-12-03 14:57:39.449268+00
7276	8	2296	2026-12-03 14:57:39.449268+00
7277	8	2297	2026-12-03 14:57:39.449268+00
7278	8	2298	2026-12-03 14:57:39.449268+00
7279	8	2299	2026-12-03 14:57:39.449268+00
7280	8	2300	2026-12-03 14:57:39.449268+00
7281	8	2301	2026-12-03 14:57:39.449268+00
7282	8	2302	2026-12-03 14:57:39.449268+00
7283	8	2303	2026-12-03 14:57:39.449268+00
7284	8	2304	2026-12-03 14:57:39.449268+00
7285	8	2305	2026-12-03 14:57:39.449268+00
7286	8	2306	2026-12-03 14:57:39.449268+00
7287	8	2307	2026-12-03 14:57:39.449268+00
7288	8	2308	2026-12-03 14:57:39.449268+00
7289	8	2309	2026-12-03 14:57:39.449268+00
7290	8	2310	2026-12-03 14:57:39.449268+00
7291	8	2311	2026-12-03 14:57:39.449268+00
7292	8	2312	2026-12-03 14:57:39.449268+00
7293	8	2313	2026-12-03 14:57:39.449268+00
7294	8	2314	2026-12-03 14:57:39.449268+00
7295	8	2315	2026-12-03 14:57:39.449268+00
7296	8	2316	2026-12-03 14:57:39.449268+00
7297	8	2317	2026-12-03 14:57:39.449268+00
7298	8	2318	2026-12-03 14:57:39.449268+00
7299	8	2319	2026-12-03 14:57:39.449268+00
7300	8	2320	2026-12-03 14:57:39.449268+00
7301	8	2321	2026-12-03 14:57:39.449268+00
7302	8	2322	2026-12-03 14:57:39.449268+00
7303	8	2323	2026-12-03 14:57:39.449268+00
7304	8	2324	2026-12-03 14:57:39.449268+00
7305	8	2325	2026-12-03 14:57:39.449268+00
7306	8	2326	2026-12-03 14:57:39.449268+00
7307	8	2327	2026-12-03 14:57:39.449268+00
7308	8	2328	2026-12-03 14:57:39.449268+00
7309	8	2329	2026-12-03 14:57:39.449268+00
7310	8	2330	2026-12-03 14:57:39.449268+00
7311	8	2331	2026-12-03 14:57:39.449268+00
7312	8	2332	2026-12-03 14:57:39.449268+00
7313	8	2333	2026-12-03 14:57:39.449268+00
7314	8	2334	2026-12-03 14:57:39.449268+00
7315	8	2335	2026-12-03 14:57:39.449268+00
7316	8	2336	2026-12-03 14:57:39.449268+00
7317	8	2337	2026-12-03 14:57:39.449268+00
7318	8	2338	2026-12-03 14:57:39.449268+00
7319	8	2339	2026-12-03 14:57:39.449268+00
7320	8	2340	2026-12-03 14:57:39.449268+00
7321	8	2341	2026-12-03 14:57:39.449268+00
7322	8	2342	2026-12-03 14:57:39.449268+00
7323	8	2343	2026-12-03 14:57:39.449268+00
7324	8	2344	2026-12-03 14:57:39.449268+00
7325	8	2345	2026-12-03 14:57:39.449268+00
7326	8	2346	2026-12-03 14:57:39.449268+00
7327	8	2347	2026-12-03 14:57:39.449268+00
7328	8	2348	2026-12-03 14:57:39.449268+00
7329	8	2349	2026-12-03 14:57:39.449268+00
7330	8	2350	2026-12-03 14:57:39.449268+00
7331	8	2351	2026-12-03 14:57:39.449268+00
7332	8	2352	2026-12-03 14:57:39.449268+00
7333	8	2353	2026-12-03 14:57:39.449268+00
7334	8	2354	2026-12-03 14:57:39.449268+00
7335	8	2355	2026-12-03 14:57:39.449268+00
7336	8	2356	2026-12-03 14:57:39.449268+00
7337	8	2357	2026-12-03 14:57:39.449268+00
7338	8	2358	2026-12-03 14:57:39.449268+00
7339	8	2359	2026-12-03 14:57:39.449268+00
7340	8	2360	2026-12-03 14:57:39.449268+00
7341	8	2361	2026-12-03 14:57:39.449268+00
7342	8	2362	2026-12-03 14:57:39.449268+00
7343	8	2363	2026-12-03 14:57:39.449268+00
7344	8	2364	2026-12-03 14:57:39.449268+00
7345	8	2365	2026-12-03 14:57:39.449268+00
7346	8	2366	2026-12-03 14:57:39.449268+00
7347	8	2367	2026-12-03 14:57:39.449268+00
7348	8	2368	2026-12-03 14:57:39.449268+00
7349	8	2369	2026-12-03 14:57:39.449268+00
7350	8	2370	2026-12-03 14:57:39.449268+00
7351	8	2371	2026-12-03 14:57:39.449268+00
7352	8	2372	2026-12-03 14:57:39.449268+00
7353	8	2373	2026-12-03 14:57:39.449268+00
7354	8	2374	2026-12-03 14:57:39.449268+00
7355	8	2375	2026-12-03 14:57:39.449268+00
7356	8	2376	2026-12-03 14:57:39.449268+00
7357	8	2377	2026-12-03 14:57:39.449268+00
7358	8	2378	2026-12-03 14:57:39.449268+00
7359	8	2379	2026-12-03 14:57:39.449268+00
7360	8	2380	2026-12-03 14:57:39.449268+00
7361	8	2381	2026-12-03 14:57:39.449268+00
7362	8	2382	2026-12-03 14:57:39.449268+00
7363	8	2383	2026-12-03 14:57:39.449268+00
7364	8	2384	2026-12-03 14:57:39.449268+00
7365	8	2385	2026-12-03 14:57:39.449268+00
7366	8	2386	2026-12-03 14:57:39.449268+00
7367	8	2387	2026-12-03 14:57:39.449268+00
7368	8	2388	2026-12-03 14:57:39.449268+00
7369	8	2389	2026-12-03 14:57:39.449268+00
7370	8	2390	2026-12-03 14:57:39.449268+00
7371	8	2391	2026-12-03 14:57:39.449268+00
7372	8	2392	2026-12-03 14:57:39.449268+00
7373	8	2393	2026-12-03 14:57:39.449268+00
7374	8	2394	2026-12-03 14:57:39.449268+00
7375	8	2395	2026-12-03 14:57:39.449268+00
7376	8	2396	2026-12-03 14:57:39.449268+00
7377	8	2397	2026-12-03 14:57:39.449268+00
7378	8	2398	2026-12-03 14:57:39.449268+00
7379	8	2399	2026-12-03 14:57:39.449268+00
7380	8	2400	2026-12-03 14:57:39.449268+00
7381	8	2401	2026-12-03 14:57:39.449268+00
7382	8	2402	2026-12-03 14:57:39.449268+00
7383	8	2403	2026-12-03 14:57:39.449268+00
7384	8	2404	2026-12-03 14:57:39.449268+00
7385	8	2405	2026-12-03 14:57:39.449268+00
7386	8	2406	2026-12-03 14:57:39.449268+00
7387	8	2407	2026-12-03 14:57:39.449268+00
7388	8	2408	2026-12-03 14:57:39.449268+00
7389	8	2409	2026-12-03 14:57:39.449268+00
7390	8	2410	2026-12-03 14:57:39.449268+00
7391	8	2411	2026-12-03 14:57:39.449268+00
7392	8	2412	2026-12-03 14:57:39.449268+00
7393	8	2413	2026-12-03 14:57:39.449268+00
7394	8	2414	2026-12-03 14:57:39.449268+00
7395	8	2415	2026-12-03 14:57:39.449268+00
7396	8	2416	2026-12-03 14:57:39.449268+00
7397	8	2417	2026-12-03 14:57:39.449268+00
7398	8	2418	2026-12-03 14:57:39.449268+00
7399	8	2419	2026-12-03 14:57:39.449268+00
7400	8	2420	2026-12-03 14:57:39.449268+00
7401	8	2421	2026-12-03 14:57:39.449268+00
7402	8	2422	2026-12-03 14:57:39.449268+00
7403	8	2423	2026-12-03 14:57:39.449268+00
7404	8	2424	2026-12-03 14:57:39.449268+00
7405	8	2425	2026-12-03 14:57:39.449268+00
7406	8	2426	2026-12-03 14:57:39.449268+00
7407	8	2427	2026-12-03 14:57:39.449268+00
7408	8	2428	2026-12-03 14:57:39.449268+00
7409	8	2429	2026-12-03 14:57:39.449268+00
7410	8	2430	2026-12-03 14:57:39.449268+00
7411	8	2431	2026-12-03 14:57:39.449268+00
7412	8	2432	2026-12-03 14:57:39.449268+00
7413	8	2433	2026-12-03 14:57:39.449268+00
7414	8	2434	2026-12-03 14:57:39.449268+00
7415	8	2435	2026-12-03 14:57:39.449268+00
7416	8	2436	2026-12-03 14:57:39.449268+00
7417	8	2437	2026-12-03 14:57:39.449268+00
7418	8	2438	2026-12-03 14:57:39.449268+00
7419	8	2439	2026-12-03 14:57:39.449268+00
7420	8	2440	2026-12-03 14:57:39.449268+00
7421	8	2441	2026-12-03 14:57:39.449268+00
7422	8	2442	2026-12-03 14:57:39.449268+00
7423	8	2443	2026-12-03 14:57:39.449268+00
7424	8	2444	2026-12-03 14:57:39.449268+00
7425	8	2445	2026-12-03 14:57:39.449268+00
7426	8	2446	2026-12-03 14:57:39.449268+00
7427	8	2447	2026-12-03 14:57:39.449268+00
7428	8	2448	2026-12-03 14:57:39.449268+00
7429	8	2449	2026-12-03 14:57:39.449268+00
7430	8	2450	2026-12-03 14:57:39.449268+00
7431	8	2451	2026-12-03 14:57:39.449268+00
7432	8	2452	2026-12-03 14:57:39.449268+00
7433	8	2453	2026-12-03 14:57:39.449268+00
7434	8	2454	2026-12-03 14:57:39.449268+00
7435	8	2455	2026-12-03 14:57:39.449268+00
7436	8	2456	2026-12-03 14:57:39.449268+00
7437	8	2457	2026-12-03 14:57:39.449268+00
7438	8	2458	2026-12-03 14:57:39.449268+00
7439	8	2459	2026-12-03 14:57:39.449268+00
7440	8	2460	2026-12-03 14:57:39.449268+00
7441	8	2461	2026-12-03 14:57:39.449268+00
7442	8	2462	2026-12-03 14:57:39.449268+00
7443	8	2463	2026-12-03 14:57:39.449268+00
7444	8	2464	2026-12-03 14:57:39.449268+00
7445	8	2465	2026-12-03 14:57:39.449268+00
7446	8	2466	2026-12-03 14:57:39.449268+00
7447	8	2467	2026-12-03 14:57:39.449268+00
7448	8	2468	2026-12-03 14:57:39.449268+00
7449	8	2469	2026-12-03 14:57:39.449268+00
7450	8	2470	2026-12-03 14:57:39.449268+00
7451	8	2471	2026-12-03 14:57:39.449268+00
7452	8	2472	2026-12-03 14:57:39.449268+00
7453	8	2473	2026-12-03 14:57:39.449268+00
7454	8	2474	2026-12-03 14:57:39.449268+00
7455	8	2475	2026-12-03 14:57:39.449268+00
7456	8	2476	2026-12-03 14:57:39.449268+00
7457	8	2477	2026-12-03 14:57:39.449268+00
7458	8	2478	2026-12-03 14:57:39.449268+00
7459	8	2479	2026-12-03 14:57:39.449268+00
7460	8	2480	2026-12-03 14:57:39.449268+00
7461	8	2481	2026-12-03 14:57:39.449268+00
7462	8	2482	2026-12-03 14:57:39.449268+00
7463	8	2483	2026-12-03 14:57:39.449268+00
7464	8	2484	2026-12-03 14:57:39.449268+00
7465	8	2485	2026-12-03 14:57:39.449268+00
7466	8	2486	2026-12-03 14:57:39.449268+00
7467	8	2487	2026-12-03 14:57:39.449268+00
7468	8	2488	2026-12-03 14:57:39.449268+00
7469	8	2489	2026-12-03 14:57:39.449268+00
7470	8	2490	2026-12-03 14:57:39.449268+00
7471	8	2491	2026-12-03 14:57:39.449268+00
7472	8	2492	2026-12-03 14:57:39.449268+00
7473	8	2493	2026-12-03 14:57:39.449268+00
7474	8	2494	2026-12-03 14:57:39.449268+00
7475	8	2495	2026-12-03 14:57:39.449268+00
7476	8	2496	2026-12-03 14:57:39.449268+00
7477	8	2497	2026-12-03 14:57:39.449268+00
7478	8	2498	2026-12-03 14:57:39.449268+00
7479	8	2499	2026-12-03 14:57:39.449268+00
7480	8	2500	2026-12-03 14:57:39.449268+00
7481	8	2501	2026-12-03 14:57:39.449268+00
7482	8	2502	2026-12-03 14:57:39.449268+00
7483	8	2503	2026-12-03 14:57:39.449268+00
7484	8	2504	2026-12-03 14:57:39.449268+00
7485	8	2505	2026-12-03 14:57:39.449268+00
7486	8	2506	2026-12-03 14:57:39.449268+00
7487	8	2507	2026-12-03 14:57:39.449268+00
7488	8	2508	2026-12-03 14:57:39.449268+00
7489	8	2509	2026-12-03 14:57:39.449268+00
7490	8	2510	2026-12-03 14:57:39.449268+00
7491	8	2511	2026-12-03 14:57:39.449268+00
7492	8	2512	2026-12-03 14:57:39.449268+00
7493	8	2513	2026-12-03 14:57:39.449268+00
7494	8	2514	2026-12-03 14:57:39.449268+00
7495	8	2515	2026-12-03 14:57:39.449268+00
7496	8	2516	2026-12-03 14:57:39.449268+00
7497	8	2517	2026-12-03 14:57:39.449268+00
7498	8	2518	2026-12-03 14:57:39.449268+00
7499	8	2519	2026-12-03 14:57:39.449268+00
7500	8	2520	2026-12-03 14:57:39.449268+00
7501	8	2521	2026-12-03 14:57:39.449268+00
7502	8	2522	2026-12-03 14:57:39.449268+00
7503	8	2523	2026-12-03 14:57:39.449268+00
7504	8	2524	2026-12-03 14:57:39.449268+00
7505	8	2525	2026-12-03 14:57:39.449268+00
7506	8	2526	2026-12-03 14:57:39.449268+00
7507	8	2527	2026-12-03 14:57:39.449268+00
7508	8	2528	2026-12-03 14:57:39.449268+00
7509	8	2529	2026-12-03 14:57:39.449268+00
7510	8	2530	2026-12-03 14:57:39.449268+00
7511	8	2531	2026-12-03 14:57:39.449268+00
7512	8	2532	2026-12-03 14:57:39.449268+00
7513	8	2533	2026-12-03 14:57:39.449268+00
7514	8	2534	2026-12-03 14:57:39.449268+00
7515	8	2535	2026-12-03 14:57:39.449268+00
7516	8	2536	2026-12-03 14:57:39.449268+00
7517	8	2537	2026-12-03 14:57:39.449268+00
7518	8	2538	2026-12-03 14:57:39.449268+00
7519	8	2539	2026-12-03 14:57:39.449268+00
7520	8	2540	2026-12-03 14:57:39.449268+00
7521	8	2541	2026-12-03 14:57:39.449268+00
7522	8	2542	2026-12-03 14:57:39.449268+00
7523	8	2543	2026-12-03 14:57:39.449268+00
7524	8	2544	2026-12-03 14:57:39.449268+00
7525	8	2545	2026-12-03 14:57:39.449268+00
7526	8	2546	2026-12-03 14:57:39.449268+00
7527	8	2547	2026-12-03 14:57:39.449268+00
7528	8	2548	2026-12-03 14:57:39.449268+00
7529	8	2549	2026-12-03 14:57:39.449268+00
7530	8	2550	2026-12-03 14:57:39.449268+00
7531	8	2551	2026-12-03 14:57:39.449268+00
7532	8	2552	2026-12-03 14:57:39.449268+00
7533	8	2553	2026-12-03 14:57:39.449268+00
7534	8	2554	2026-12-03 14:57:39.449268+00
7535	8	2555	2026-12-03 14:57:39.449268+00
7536	8	2556	2026-12-03 14:57:39.449268+00
7537	8	2557	2026-12-03 14:57:39.449268+00
7538	8	2558	2026-12-03 14:57:39.449268+00
7539	8	2559	2026-12-03 14:57:39.449268+00
7540	8	2560	2026-12-03 14:57:39.449268+00
7541	8	2561	2026-12-03 14:57:39.449268+00
7542	8	2562	2026-12-03 14:57:39.449268+00
7543	8	2563	2026-12-03 14:57:39.449268+00
7544	8	2564	2026-12-03 14:57:39.449268+00
7545	8	2565	2026-12-03 14:57:39.449268+00
7546	8	2566	2026-12-03 14:57:39.449268+00
7547	8	2567	2026-12-03 14:57:39.449268+00
7548	8	2568	2026-12-03 14:57:39.449268+00
7549	8	2569	2026-12-03 14:57:39.449268+00
7550	8	2570	2026-12-03 14:57:39.449268+00
7551	8	2571	2026-12-03 14:57:39.449268+00
7552	8	2572	2026-12-03 14:57:39.449268+00
7553	8	2573	2026-12-03 14:57:39.449268+00
7554	8	2574	2026-12-03 14:57:39.449268+00
7555	8	2575	2026-12-03 14:57:39.449268+00
7556	8	2576	2026-12-03 14:57:39.449268+00
7557	8	2577	2026-12-03 14:57:39.449268+00
7558	8	2578	2026-12-03 14:57:39.449268+00
7559	8	2579	2026-12-03 14:57:39.449268+00
7560	8	2580	2026-12-03 14:57:39.449268+00
7561	8	2581	2026-12-03 14:57:39.449268+00
7562	8	2582	2026-12-03 14:57:39.449268+00
7563	8	2583	2026-12-03 14:57:39.449268+00
7564	8	2584	2026-12-03 14:57:39.449268+00
7565	8	2585	2026-12-03 14:57:39.449268+00
7566	8	2586	2026-12-03 14:57:39.449268+00
7567	8	2587	2026-12-03 14:57:39.449268+00
7568	8	2588	2026-12-03 14:57:39.449268+00
7569	8	2589	2026-12-03 14:57:39.449268+00
7570	8	2590	2026-12-03 14:57:39.449268+00
7571	8	2591	2026-12-03 14:57:39.449268+00
7572	8	2592	2026-12-03 14:57:39.449268+00
7573	8	2593	2026-12-03 14:57:39.449268+00
7574	8	2594	2026-12-03 14:57:39.449268+00
7575	8	2595	2026-12-03 14:57:39.449268+00
7576	8	2596	2026-12-03 14:57:39.449268+00
7577	8	2597	2026-12-03 14:57:39.449268+00
7578	8	2598	2026-12-03 14:57:39.449268+00
7579	8	2599	2026-12-03 14:57:39.449268+00
7580	8	2600	2026-12-03 14:57:39.449268+00
7581	8	2601	2026-12-03 14:57:39.449268+00
7582	8	2602	2026-12-03 14:57:39.449268+00
7583	8	2603	2026-12-03 14:57:39.449268+00
7584	8	2604	2026-12-03 14:57:39.449268+00
7585	8	2605	2026-12-03 14:57:39.449268+00
7586	8	2606	2026-12-03 14:57:39.449268+00
7587	8	2607	2026-12-03 14:57:39.449268+00
7588	8	2608	2026-12-03 14:57:39.449268+00
7589	8	2609	2026-12-03 14:57:39.449268+00
7590	8	2610	2026-12-03 14:57:39.449268+00
7591	8	2611	2026-12-03 14:57:39.449268+00
7592	8	2612	2026-12-03 14:57:39.449268+00
7593	8	2613	2026-12-03 14:57:39.449268+00
7594	8	2614	2026-12-03 14:57:39.449268+00
7595	8	2615	2026-12-03 14:57:39.449268+00
7596	8	2616	2026-12-03 14:57:39.449268+00
7597	8	2617	2026-12-03 14:57:39.449268+00
7598	8	2618	2026-12-03 14:57:39.449268+00
7599	8	2619	2026-12-03 14:57:39.449268+00
7600	8	2620	2026-12-03 14:57:39.449268+00
7601	8	2621	2026-12-03 14:57:39.449268+00
7602	8	2622	2026-12-03 14:57:39.449268+00
7603	8	2623	2026-12-03 14:57:39.449268+00
7604	8	2624	2026-12-03 14:57:39.449268+00
7605	8	2625	2026-12-03 14:57:39.449268+00
7606	8	2626	2026-12-03 14:57:39.449268+00
7607	8	2627	2026-12-03 14:57:39.449268+00
7608	8	2628	2026-12-03 14:57:39.449268+00
7609	8	2629	2026-12-03 14:57:39.449268+00
7610	8	2630	2026-12-03 14:57:39.449268+00
7611	8	2631	2026-12-03 14:57:39.449268+00
7612	8	2632	2026-12-03 14:57:39.449268+00
7613	8	2633	2026-12-03 14:57:39.449268+00
7614	8	2634	2026-12-03 14:57:39.449268+00
7615	8	2635	2026-12-03 14:57:39.449268+00
7616	8	2636	2026-12-03 14:57:39.449268+00
7617	8	2637	2026-12-03 14:57:39.449268+00
7618	8	2638	2026-12-03 14:57:39.449268+00
7619	8	2639	2026-12-03 14:57:39.449268+00
7620	8	2640	2026-12-03 14:57:39.449268+00
7621	8	2641	2026-12-03 14:57:39.449268+00
7622	8	2642	2026-12-03 14:57:39.449268+00
7623	8	2643	2026-12-03 14:57:39.449268+00
7624	8	2644	2026-12-03 14:57:39.449268+00
7625	8	2645	2026-12-03 14:57:39.449268+00
7626	8	2646	2026-12-03 14:57:39.449268+00
7627	8	2647	2026-12-03 14:57:39.449268+00
7628	8	2648	2026-12-03 14:57:39.449268+00
7629	8	2649	2026-12-03 14:57:39.449268+00
7630	8	2650	2026-12-03 14:57:39.449268+00
7631	8	2651	2026-12-03 14:57:39.449268+00
7632	8	2652	2026-12-03 14:57:39.449268+00
7633	8	2653	2026-12-03 14:57:39.449268+00
7634	8	2654	2026-12-03 14:57:39.449268+00
7635	8	2655	2026-12-03 14:57:39.449268+00
7636	8	2656	2026-12-03 14:57:39.449268+00
7637	8	2657	2026-12-03 14:57:39.449268+00
7638	8	2658	2026-12-03 14:57:39.449268+00
7639	8	2659	2026-12-03 14:57:39.449268+00
7640	8	2660	2026-12-03 14:57:39.449268+00
7641	8	2661	2026-12-03 14:57:39.449268+00
7642	8	2662	2026-12-03 14:57:39.449268+00
7643	8	2663	2026-12-03 14:57:39.449268+00
7644	8	2664	2026-12-03 14:57:39.449268+00
7645	8	2665	2026-12-03 14:57:39.449268+00
7646	8	2666	2026-12-03 14:57:39.449268+00
7647	8	2667	2026-12-03 14:57:39.449268+00
7648	8	2668	2026-12-03 14:57:39.449268+00
7649	8	2669	2026-12-03 14:57:39.449268+00
7650	8	2670	2026-12-03 14:57:39.449268+00
7651	8	2671	2026-12-03 14:57:39.449268+00
7652	8	2672	2026-12-03 14:57:39.449268+00
7653	8	2673	2026-12-03 14:57:39.449268+00
7654	8	2674	2026-12-03 14:57:39.449268+00
7655	8	2675	2026-12-03 14:57:39.449268+00
7656	8	2676	2026-12-03 14:57:39.449268+00
7657	8	2677	2026-12-03 14:57:39.449268+00
7658	8	2678	2026-12-03 14:57:39.449268+00
7659	8	2679	2026-12-03 14:57:39.449268+00
7660	8	2680	2026-12-03 14:57:39.449268+00
7661	8	2681	2026-12-03 14:57:39.449268+00
7662	8	2682	2026-12-03 14:57:39.449268+00
7663	8	2683	2026-12-03 14:57:39.449268+00
7664	8	2684	2026-12-03 14:57:39.449268+00
7665	8	2685	2026-12-03 14:57:39.449268+00
7666	8	2686	2026-12-03 14:57:39.449268+00
7667	8	2687	2026-12-03 14:57:39.449268+00
7668	8	2688	2026-12-03 14:57:39.449268+00
7669	8	2689	2026-12-03 14:57:39.449268+00
7670	8	2690	2026-12-03 14:57:39.449268+00
7671	8	2691	2026-12-03 14:57:39.449268+00
7672	8	2692	2026-12-03 14:57:39.449268+00
7673	8	2693	2026-12-03 14:57:39.449268+00
7674	8	2694	2026-12-03 14:57:39.449268+00
7675	8	2695	2026-12-03 14:57:39.449268+00
7676	8	2696	2026-12-03 14:57:39.449268+00
7677	8	2697	2026-12-03 14:57:39.449268+00
7678	8	2698	2026-12-03 14:57:39.449268+00
7679	8	2699	2026-12-03 14:57:39.449268+00
7680	8	2700	2026-12-03 14:57:39.449268+00
7681	8	2701	2026-12-03 14:57:39.449268+00
7682	8	2702	2026-12-03 14:57:39.449268+00
7683	8	2703	2026-12-03 14:57:39.449268+00
7684	8	2704	2026-12-03 14:57:39.449268+00
7685	8	2705	2026-12-03 14:57:39.449268+00
7686	8	2706	2026-12-03 14:57:39.449268+00
7687	8	2707	2026-12-03 14:57:39.449268+00
7688	8	2708	2026-12-03 14:57:39.449268+00
7689	8	2709	2026-12-03 14:57:39.449268+00
7690	8	2710	2026-12-03 14:57:39.449268+00
7691	8	2711	2026-12-03 14:57:39.449268+00
7692	8	2712	2026-12-03 14:57:39.449268+00
7693	8	2713	2026-12-03 14:57:39.449268+00
7694	8	2714	2026-12-03 14:57:39.449268+00
7695	8	2715	2026-12-03 14:57:39.449268+00
7696	8	2716	2026-12-03 14:57:39.449268+00
7697	8	2717	2026-12-03 14:57:39.449268+00
7698	8	2718	2026-12-03 14:57:39.449268+00
7699	8	2719	2026-12-03 14:57:39.449268+00
7700	8	2720	2026-12-03 14:57:39.449268+00
7701	8	2721	2026-12-03 14:57:39.449268+00
7702	8	2722	2026-12-03 14:57:39.449268+00
7703	8	2723	2026-12-03 14:57:39.449268+00
7704	8	2724	2026-12-03 14:57:39.449268+00
7705	8	2725	2026-12-03 14:57:39.449268+00
7706	8	2726	2026-12-03 14:57:39.449268+00
7707	8	2727	2026-12-03 14:57:39.449268+00
7708	8	2728	2026-12-03 14:57:39.449268+00
7709	8	2729	2026-12-03 14:57:39.449268+00
7710	8	2730	2026-12-03 14:57:39.449268+00
7711	8	2731	2026-12-03 14:57:39.449268+00
7712	8	2732	2026-12-03 14:57:39.449268+00
7713	8	2733	2026-12-03 14:57:39.449268+00
7714	8	2734	2026-12-03 14:57:39.449268+00
7715	8	2735	2026-12-03 14:57:39.449268+00
7716	8	2736	2026-12-03 14:57:39.449268+00
7717	8	2737	2026-12-03 14:57:39.449268+00
7718	8	2738	2026-12-03 14:57:39.449268+00
7719	8	2739	2026-12-03 14:57:39.449268+00
7720	8	2740	2026-12-03 14:57:39.449268+00
7721	8	2741	2026-12-03 14:57:39.449268+00
7722	8	2742	2026-12-03 14:57:39.449268+00
7723	8	2743	2026-12-03 14:57:39.449268+00
7724	8	2744	2026-12-03 14:57:39.449268+00
7725	8	2745	2026-12-03 14:57:39.449268+00
7726	8	2746	2026-12-03 14:57:39.449268+00
7727	8	2747	2026-12-03 14:57:39.449268+00
7728	8	2748	2026-12-03 14:57:39.449268+00
7729	8	2749	2026-12-03 14:57:39.449268+00
7730	8	2750	2026-12-03 14:57:39.449268+00
7731	8	2751	2026-12-03 14:57:39.449268+00
7732	8	2752	2026-12-03 14:57:39.449268+00
7733	8	2753	2026-12-03 14:57:39.449268+00
7734	8	2754	2026-12-03 14:57:39.449268+00
7735	8	2755	2026-12-03 14:57:39.449268+00
7736	8	2756	2026-12-03 14:57:39.449268+00
7737	8	2757	2026-12-03 14:57:39.449268+00
7738	8	2758	2026-12-03 14:57:39.449268+00
7739	8	2759	2026-12-03 14:57:39.449268+00
7740	8	2760	2026-12-03 14:57:39.449268+00
7741	8	2761	2026-12-03 14:57:39.449268+00
7742	8	2762	2026-12-03 14:57:39.449268+00
7743	8	2763	2026-12-03 14:57:39.449268+00
7744	8	2764	2026-12-03 14:57:39.449268+00
7745	8	2765	2026-12-03 14:57:39.449268+00
7746	8	2766	2026-12-03 14:57:39.449268+00
7747	8	2767	2026-12-03 14:57:39.449268+00
7748	8	2768	2026-12-03 14:57:39.449268+00
7749	8	2769	2026-12-03 14:57:39.449268+00
7750	8	2770	2026-12-03 14:57:39.449268+00
7751	8	2771	2026-12-03 14:57:39.449268+00
7752	8	2772	2026-12-03 14:57:39.449268+00
7753	8	2773	2026-12-03 14:57:39.449268+00
7754	8	2774	2026-12-03 14:57:39.449268+00
7755	8	2775	2026-12-03 14:57:39.449268+00
7756	8	2776	2026-12-03 14:57:39.449268+00
7757	8	2777	2026-12-03 14:57:39.449268+00
7758	8	2778	2026-12-03 14:57:39.449268+00
7759	8	2779	2026-12-03 14:57:39.449268+00
7760	8	2780	2026-12-03 14:57:39.449268+00
7761	8	2781	2026-12-03 14:57:39.449268+00
7762	8	2782	2026-12-03 14:57:39.449268+00
7763	8	2783	2026-12-03 14:57:39.449268+00
7764	8	2784	2026-12-03 14:57:39.449268+00
7765	8	2785	2026-12-03 14:57:39.449268+00
7766	8	2786	2026-12-03 14:57:39.449268+00
7767	8	2787	2026-12-03 14:57:39.449268+00
7768	8	2788	2026-12-03 14:57:39.449268+00
7769	8	2789	2026-12-03 14:57:39.449268+00
7770	8	2790	2026-12-03 14:57:39.449268+00
7771	8	2791	2026-12-03 14:57:39.449268+00
7772	8	2792	2026-12-03 14:57:39.449268+00
7773	8	2793	2026-12-03 14:57:39.449268+00
7774	8	2794	2026-12-03 14:57:39.449268+00
7775	8	2795	2026-12-03 14:57:39.449268+00
7776	8	2796	2026-12-03 14:57:39.449268+00
7777	8	2797	2026-12-03 14:57:39.449268+00
7778	8	2798	2026-12-03 14:57:39.449268+00
7779	8	2799	2026-12-03 14:57:39.449268+00
7780	8	2800	2026-12-03 14:57:39.449268+00
7781	8	2801	2026-12-03 14:57:39.449268+00
7782	8	2802	2026-12-03 14:57:39.449268+00
7783	8	2803	2026-12-03 14:57:39.449268+00
7784	8	2804	2026-12-03 14:57:39.449268+00
7785	8	2805	2026-12-03 14:57:39.449268+00
7786	8	2806	2026-12-03 14:57:39.449268+00
7787	8	2807	2026-12-03 14:57:39.449268+00
7788	8	2808	2026-12-03 14:57:39.449268+00
7789	8	2809	2026-12-03 14:57:39.449268+00
7790	8	2810	2026-12-03 14:57:39.449268+00
7791	8	2811	2026-12-03 14:57:39.449268+00
7792	8	2812	2026-12-03 14:57:39.449268+00
7793	8	2813	2026-12-03 14:57:39.449268+00
7794	8	2814	2026-12-03 14:57:39.449268+00
7795	8	2815	2026-12-03 14:57:39.449268+00
7796	8	2816	2026-12-03 14:57:39.449268+00
7797	8	2817	2026-12-03 14:57:39.449268+00
7798	8	2818	2026-12-03 14:57:39.449268+00
7799	8	2926	2026-12-03 14:57:39.449268+00
7800	8	2927	2026-12-03 14:57:39.449268+00
7801	8	2928	2026-12-03 14:57:39.449268+00
7802	8	2929	2026-12-03 14:57:39.449268+00
7803	8	2930	2026-12-03 14:57:39.449268+00
7804	8	2931	2026-12-03 14:57:39.449268+00
7805	8	2932	2026-12-03 14:57:39.449268+00
7806	8	2933	2026-12-03 14:57:39.449268+00
7807	8	2934	2026-12-03 14:57:39.449268+00
7808	8	2935	2026-12-03 14:57:39.449268+00
7809	8	2936	2026-12-03 14:57:39.449268+00
7810	8	2937	2026-12-03 14:57:39.449268+00
7811	8	2938	2026-12-03 14:57:39.449268+00
7812	8	2939	2026-12-03 14:57:39.449268+00
7813	8	2940	2026-12-03 14:57:39.449268+00
7814	8	2941	2026-12-03 14:57:39.449268+00
7815	8	2942	2026-12-03 14:57:39.449268+00
7816	8	2943	2026-12-03 14:57:39.449268+00
7817	8	2944	2026-12-03 14:57:39.449268+00
7818	8	2945	2026-12-03 14:57:39.449268+00
7819	8	2946	2026-12-03 14:57:39.449268+00
7820	8	2947	2026-12-03 14:57:39.449268+00
7821	8	2948	2026-12-03 14:57:39.449268+00
7822	8	2949	2026-12-03 14:57:39.449268+00
7823	8	2950	2026-12-03 14:57:39.449268+00
7824	8	2951	2026-12-03 14:57:39.449268+00
7825	8	2952	2026-12-03 14:57:39.449268+00
7826	8	2953	2026-12-03 14:57:39.449268+00
7827	8	2954	2026-12-03 14:57:39.449268+00
7828	8	2955	2026-12-03 14:57:39.449268+00
7829	8	2956	2026-12-03 14:57:39.449268+00
7830	8	2957	2026-12-03 14:57:39.449268+00
7831	8	2958	2026-12-03 14:57:39.449268+00
7832	8	2959	2026-12-03 14:57:39.449268+00
7833	8	2960	2026-12-03 14:57:39.449268+00
7834	8	2961	2026-12-03 14:57:39.449268+00
7835	8	2962	2026-12-03 14:57:39.449268+00
7836	8	2963	2026-12-03 14:57:39.449268+00
7837	8	2964	2026-12-03 14:57:39.449268+00
7838	8	2965	2026-12-03 14:57:39.449268+00
7839	8	2966	2026-12-03 14:57:39.449268+00
7840	8	2967	2026-12-03 14:57:39.449268+00
7841	8	2968	2026-12-03 14:57:39.449268+00
7842	8	2969	2026-12-03 14:57:39.449268+00
7843	8	2970	2026-12-03 14:57:39.449268+00
7844	8	2971	2026-12-03 14:57:39.449268+00
7845	8	2972	2026-12-03 14:57:39.449268+00
7846	8	2973	2026-12-03 14:57:39.449268+00
7847	8	2974	2026-12-03 14:57:39.449268+00
7848	8	2975	2026-12-03 14:57:39.449268+00
7849	8	2976	2026-12-03 14:57:39.449268+00
7850	8	2977	2026-12-03 14:57:39.449268+00
7851	8	2978	2026-12-03 14:57:39.449268+00
7852	8	2979	2026-12-03 14:57:39.449268+00
7853	8	2980	2026-12-03 14:57:39.449268+00
7854	8	2981	2026-12-03 14:57:39.449268+00
7855	8	2982	2026-12-03 14:57:39.449268+00
7856	8	2983	2026-12-03 14:57:39.449268+00
7857	8	2984	2026-12-03 14:57:39.449268+00
7858	8	2985	2026-12-03 14:57:39.449268+00
7859	8	2986	2026-12-03 14:57:39.449268+00
7860	8	2987	2026-12-03 14:57:39.449268+00
7861	8	2988	2026-12-03 14:57:39.449268+00
7862	8	2989	2026-12-03 14:57:39.449268+00
7863	8	2990	2026-12-03 14:57:39.449268+00
7864	8	2991	2026-12-03 14:57:39.449268+00
7865	8	2992	2026-12-03 14:57:39.449268+00
7866	8	2993	2026-12-03 14:57:39.449268+00
7867	8	2994	2026-12-03 14:57:39.449268+00
7868	8	2995	2026-12-03 14:57:39.449268+00
7869	8	2996	2026-12-03 14:57:39.449268+00
7870	8	2997	2026-12-03 14:57:39.449268+00
7871	8	2998	2026-12-03 14:57:39.449268+00
7872	8	2999	2026-12-03 14:57:39.449268+00
7873	8	3000	2026-12-03 14:57:39.449268+00
7874	8	3001	2026-12-03 14:57:39.449268+00
7875	8	3002	2026-12-03 14:57:39.449268+00
7876	8	3003	2026-12-03 14:57:39.449268+00
7877	8	3004	2026-12-03 14:57:39.449268+00
7878	8	3005	2026-12-03 14:57:39.449268+00
7879	8	3006	2026-12-03 14:57:39.449268+00
7880	8	3007	2026-12-03 14:57:39.449268+00
7881	8	3008	2026-12-03 14:57:39.449268+00
7882	8	3009	2026-12-03 14:57:39.449268+00
7883	8	3010	2026-12-03 14:57:39.449268+00
7884	8	3011	2026-12-03 14:57:39.449268+00
7885	8	3012	2026-12-03 14:57:39.449268+00
7886	8	3013	2026-12-03 14:57:39.449268+00
7887	8	3014	2026-12-03 14:57:39.449268+00
7888	8	3015	2026-12-03 14:57:39.449268+00
7889	8	3016	2026-12-03 14:57:39.449268+00
7890	8	3017	2026-12-03 14:57:39.449268+00
7891	8	3018	2026-12-03 14:57:39.449268+00
7892	8	3019	2026-12-03 14:57:39.449268+00
7893	8	3020	2026-12-03 14:57:39.449268+00
7894	8	3021	2026-12-03 14:57:39.449268+00
7895	8	3022	2026-12-03 14:57:39.449268+00
7896	8	3023	2026-12-03 14:57:39.449268+00
7897	8	3024	2026-12-03 14:57:39.449268+00
7898	8	3025	2026-12-03 14:57:39.449268+00
7899	8	3026	2026-12-03 14:57:39.449268+00
7900	8	3027	2026-12-03 14:57:39.449268+00
7901	8	3028	2026-12-03 14:57:39.449268+00
7902	8	3029	2026-12-03 14:57:39.449268+00
7903	8	3030	2026-12-03 14:57:39.449268+00
7904	8	3031	2026-12-03 14:57:39.449268+00
7905	8	3032	2026-12-03 14:57:39.449268+00
7906	8	3033	2026-12-03 14:57:39.449268+00
7907	8	3034	2026-12-03 14:57:39.449268+00
7908	8	3035	2026-12-03 14:57:39.449268+00
7909	8	3036	2026-12-03 14:57:39.449268+00
7910	8	3037	2026-12-03 14:57:39.449268+00
7911	8	3038	2026-12-03 14:57:39.449268+00
7912	8	3039	2026-12-03 14:57:39.449268+00
7913	8	3040	2026-12-03 14:57:39.449268+00
7914	8	3041	2026-12-03 14:57:39.449268+00
7915	8	3042	2026-12-03 14:57:39.449268+00
7916	8	3043	2026-12-03 14:57:39.449268+00
7917	8	3044	2026-12-03 14:57:39.449268+00
7918	8	3045	2026-12-03 14:57:39.449268+00
7919	8	3046	2026-12-03 14:57:39.449268+00
7920	8	3047	2026-12-03 14:57:39.449268+00
7921	8	3048	2026-12-03 14:57:39.449268+00
7922	8	3049	2026-12-03 14:57:39.449268+00
7923	8	3050	2026-12-03 14:57:39.449268+00
7924	8	3051	2026-12-03 14:57:39.449268+00
7925	8	3052	2026-12-03 14:57:39.449268+00
7926	8	3053	2026-12-03 14:57:39.449268+00
7927	8	3054	2026-12-03 14:57:39.449268+00
7928	8	3055	2026-12-03 14:57:39.449268+00
7929	8	3056	2026-12-03 14:57:39.449268+00
7930	8	3057	2026-12-03 14:57:39.449268+00
7931	8	3058	2026-12-03 14:57:39.449268+00
7932	8	3059	2026-12-03 14:57:39.449268+00
7933	8	3060	2026-12-03 14:57:39.449268+00
7934	8	3061	2026-12-03 14:57:39.449268+00
7935	8	3062	2026-12-03 14:57:39.449268+00
7936	8	3063	2026-12-03 14:57:39.449268+00
7937	8	3064	2026-12-03 14:57:39.449268+00
7938	8	3065	2026-12-03 14:57:39.449268+00
7939	8	3066	2026-12-03 14:57:39.449268+00
7940	8	3067	2026-12-03 14:57:39.449268+00
7941	8	3068	2026-12-03 14:57:39.449268+00
7942	8	3069	2026-12-03 14:57:39.449268+00
7943	8	3070	2026-12-03 14:57:39.449268+00
7944	8	3071	2026-12-03 14:57:39.449268+00
7945	8	3072	2026-12-03 14:57:39.449268+00
7946	8	3073	2026-12-03 14:57:39.449268+00
7947	8	3074	2026-12-03 14:57:39.449268+00
7948	8	3075	2026-12-03 14:57:39.449268+00
7949	8	3076	2026-12-03 14:57:39.449268+00
7950	8	3077	2026-12-03 14:57:39.449268+00
7951	8	3078	2026-12-03 14:57:39.449268+00
7952	8	3079	2026-12-03 14:57:39.449268+00
7953	8	3080	2026-12-03 14:57:39.449268+00
7954	8	3081	2026-12-03 14:57:39.449268+00
7955	8	3082	2026-12-03 14:57:39.449268+00
7956	8	3083	2026-12-03 14:57:39.449268+00
7957	8	3084	2026-12-03 14:57:39.449268+00
7958	8	3085	2026-12-03 14:57:39.449268+00
7959	8	3086	2026-12-03 14:57:39.449268+00
7960	8	3087	2026-12-03 14:57:39.449268+00
7961	8	3088	2026-12-03 14:57:39.449268+00
7962	8	3089	2026-12-03 14:57:39.449268+00
7963	8	3090	2026-12-03 14:57:39.449268+00
7964	8	3091	2026-12-03 14:57:39.449268+00
7965	8	3092	2026-12-03 14:57:39.449268+00
7966	8	3093	2026-12-03 14:57:39.449268+00
7967	8	3094	2026-12-03 14:57:39.449268+00
7968	8	3095	2026-12-03 14:57:39.449268+00
7969	8	3096	2026-12-03 14:57:39.449268+00
7970	8	3097	2026-12-03 14:57:39.449268+00
7971	8	3098	2026-12-03 14:57:39.449268+00
7972	8	3099	2026-12-03 14:57:39.449268+00
7973	8	3100	2026-12-03 14:57:39.449268+00
7974	8	3101	2026-12-03 14:57:39.449268+00
7975	8	3102	2026-12-03 14:57:39.449268+00
7976	8	3103	2026-12-03 14:57:39.449268+00
7977	8	3104	2026-12-03 14:57:39.449268+00
7978	8	3105	2026-12-03 14:57:39.449268+00
7979	8	3106	2026-12-03 14:57:39.449268+00
7980	8	3107	2026-12-03 14:57:39.449268+00
7981	8	3108	2026-12-03 14:57:39.449268+00
7982	8	3109	2026-12-03 14:57:39.449268+00
7983	8	3110	2026-12-03 14:57:39.449268+00
7984	8	3111	2026-12-03 14:57:39.449268+00
7985	8	3112	2026-12-03 14:57:39.449268+00
7986	8	3113	2026-12-03 14:57:39.449268+00
7987	8	3114	2026-12-03 14:57:39.449268+00
7988	8	3115	2026-12-03 14:57:39.449268+00
7989	8	3116	2026-12-03 14:57:39.449268+00
7990	8	3117	2026-12-03 14:57:39.449268+00
7991	8	3118	2026-12-03 14:57:39.449268+00
7992	8	3119	2026-12-03 14:57:39.449268+00
7993	8	3120	2026-12-03 14:57:39.449268+00
7994	8	3121	2026-12-03 14:57:39.449268+00
7995	8	3122	2026-12-03 14:57:39.449268+00
7996	8	3123	2026-12-03 14:57:39.449268+00
7997	8	3124	2026-12-03 14:57:39.449268+00
7998	8	3125	2026-12-03 14:57:39.449268+00
7999	8	3126	2026-12-03 14:57:39.449268+00
8000	8	3127	2026-12-03 14:57:39.449268+00
8001	8	3128	2026-12-03 14:57:39.449268+00
8002	8	3129	2026-12-03 14:57:39.449268+00
8003	8	3130	2026-12-03 14:57:39.449268+00
8004	8	3131	2026-12-03 14:57:39.449268+00
8005	8	3132	2026-12-03 14:57:39.449268+00
8006	8	3133	2026-12-03 14:57:39.449268+00
8007	8	3134	2026-12-03 14:57:39.449268+00
8008	8	3135	2026-12-03 14:57:39.449268+00
8009	8	3136	2026-12-03 14:57:39.449268+00
8010	8	3137	2026-12-03 14:57:39.449268+00
8011	8	3138	2026-12-03 14:57:39.449268+00
8012	8	3139	2026-12-03 14:57:39.449268+00
8013	8	3140	2026-12-03 14:57:39.449268+00
8014	8	3141	2026-12-03 14:57:39.449268+00
8015	8	3142	2026-12-03 14:57:39.449268+00
8016	8	3143	2026-12-03 14:57:39.449268+00
8017	8	3144	2026-12-03 14:57:39.449268+00
8018	8	3145	2026-12-03 14:57:39.449268+00
8019	8	3146	2026-12-03 14:57:39.449268+00
8020	8	3147	2026-12-03 14:57:39.449268+00
8021	8	3148	2026-12-03 14:57:39.449268+00
8022	8	3149	2026-12-03 14:57:39.449268+00
8023	8	3150	2026-12-03 14:57:39.449268+00
8024	8	3151	2026-12-03 14:57:39.449268+00
8025	8	3152	2026-12-03 14:57:39.449268+00
8026	8	3153	2026-12-03 14:57:39.449268+00
8027	8	3154	2026-12-03 14:57:39.449268+00
8028	8	3155	2026-12-03 14:57:39.449268+00
8029	8	3156	2026-12-03 14:57:39.449268+00
8030	8	3157	2026-12-03 14:57:39.449268+00
8031	8	3158	2026-12-03 14:57:39.449268+00
8032	8	3159	2026-12-03 14:57:39.449268+00
8033	8	3160	2026-12-03 14:57:39.449268+00
8034	8	3161	2026-12-03 14:57:39.449268+00
8035	8	3162	2026-12-03 14:57:39.449268+00
8036	8	3163	2026-12-03 14:57:39.449268+00
8037	8	3164	2026-12-03 14:57:39.449268+00
8038	8	3225	2026-12-03 14:57:39.449268+00
8039	8	3253	2026-12-03 14:57:39.449268+00
8040	8	3254	2026-12-03 14:57:39.449268+00
8041	8	3255	2026-12-03 14:57:39.449268+00
8042	8	3256	2026-12-03 14:57:39.449268+00
8043	8	3257	2026-12-03 14:57:39.449268+00
8044	8	3258	2026-12-03 14:57:39.449268+00
8045	8	3259	2026-12-03 14:57:39.449268+00
8046	8	3260	2026-12-03 14:57:39.449268+00
8047	8	3261	2026-12-03 14:57:39.449268+00
8048	8	3262	2026-12-03 14:57:39.449268+00
8049	8	3263	2026-12-03 14:57:39.449268+00
8050	8	3264	2026-12-03 14:57:39.449268+00
8051	8	3265	2026-12-03 14:57:39.449268+00
8052	8	3266	2026-12-03 14:57:39.449268+00
8053	8	3267	2026-12-03 14:57:39.449268+00
8054	8	3268	2026-12-03 14:57:39.449268+00
8055	8	3269	2026-12-03 14:57:39.449268+00
8056	8	3270	2026-12-03 14:57:39.449268+00
8057	8	3271	2026-12-03 14:57:39.449268+00
8058	8	3272	2026-12-03 14:57:39.449268+00
8059	8	3273	2026-12-03 14:57:39.449268+00
8060	8	3274	2026-12-03 14:57:39.449268+00
8061	8	3275	2026-12-03 14:57:39.449268+00
8062	8	3276	2026-12-03 14:57:39.449268+00
8063	8	3277	2026-12-03 14:57:39.449268+00
8064	8	3278	2026-12-03 14:57:39.449268+00
8065	8	3279	2026-12-03 14:57:39.449268+00
8066	8	3280	2026-12-03 14:57:39.449268+00
8067	8	3281	2026-12-03 14:57:39.449268+00
8068	8	3282	2026-12-03 14:57:39.449268+00
8069	8	3283	2026-12-03 14:57:39.449268+00
8070	8	3284	2026-12-03 14:57:39.449268+00
8071	8	3285	2026-12-03 14:57:39.449268+00
8072	8	3286	2026-12-03 14:57:39.449268+00
8073	8	3287	2026-12-03 14:57:39.449268+00
8074	8	3288	2026-12-03 14:57:39.449268+00
8075	8	3289	2026-12-03 14:57:39.449268+00
8076	8	3290	2026-12-03 14:57:39.449268+00
8077	8	3291	2026-12-03 14:57:39.449268+00
8078	8	3292	2026-12-03 14:57:39.449268+00
8079	8	3293	2026-12-03 14:57:39.449268+00
8080	8	3294	2026-12-03 14:57:39.449268+00
8081	8	3295	2026-12-03 14:57:39.449268+00
8082	8	3296	2026-12-03 14:57:39.449268+00
8083	8	3297	2026-12-03 14:57:39.449268+00
8084	8	3298	2026-12-03 14:57:39.449268+00
8085	8	3299	2026-12-03 14:57:39.449268+00
8086	8	3300	2026-12-03 14:57:39.449268+00
8087	8	3301	2026-12-03 14:57:39.449268+00
8088	8	3302	2026-12-03 14:57:39.449268+00
8089	8	3303	2026-12-03 14:57:39.449268+00
8090	8	3304	2026-12-03 14:57:39.449268+00
8091	8	3305	2026-12-03 14:57:39.449268+00
8092	8	3306	2026-12-03 14:57:39.449268+00
8093	8	3307	2026-12-03 14:57:39.449268+00
8094	8	3308	2026-12-03 14:57:39.449268+00
8095	8	3309	2026-12-03 14:57:39.449268+00
8096	8	3310	2026-12-03 14:57:39.449268+00
8097	8	3311	2026-12-03 14:57:39.449268+00
8098	8	3312	2026-12-03 14:57:39.449268+00
8099	8	3313	2026-12-03 14:57:39.449268+00
8100	8	3314	2026-12-03 14:57:39.449268+00
8101	8	3315	2026-12-03 14:57:39.449268+00
8102	8	3316	2026-12-03 14:57:39.449268+00
8103	8	3317	2026-12-03 14:57:39.449268+00
8104	8	3318	2026-12-03 14:57:39.449268+00
8105	8	3319	2026-12-03 14:57:39.449268+00
8106	8	3320	2026-12-03 14:57:39.449268+00
8107	8	3321	2026-12-03 14:57:39.449268+00
8108	8	3322	2026-12-03 14:57:39.449268+00
8109	8	3323	2026-12-03 14:57:39.449268+00
8110	8	3324	2026-12-03 14:57:39.449268+00
8111	8	3325	2026-12-03 14:57:39.449268+00
8112	8	3326	2026-12-03 14:57:39.449268+00
8113	8	3327	2026-12-03 14:57:39.449268+00
8114	8	3328	2026-12-03 14:57:39.449268+00
8115	8	3329	2026-12-03 14:57:39.449268+00
8116	8	3330	2026-12-03 14:57:39.449268+00
8117	8	3331	2026-12-03 14:57:39.449268+00
8118	8	3332	2026-12-03 14:57:39.449268+00
8119	8	3333	2026-12-03 14:57:39.449268+00
8120	8	3334	2026-12-03 14:57:39.449268+00
8121	8	3335	2026-12-03 14:57:39.449268+00
8122	8	3336	2026-12-03 14:57:39.449268+00
8123	8	3349	2026-12-03 14:57:39.449268+00
8124	8	3350	2026-12-03 14:57:39.449268+00
8125	8	3351	2026-12-03 14:57:39.449268+00
8126	8	3352	2026-12-03 14:57:39.449268+00
8127	8	3353	2026-12-03 14:57:39.449268+00
8128	8	3354	2026-12-03 14:57:39.449268+00
8129	8	3355	2026-12-03 14:57:39.449268+00
8130	8	3356	2026-12-03 14:57:39.449268+00
8131	8	3357	2026-12-03 14:57:39.449268+00
8132	8	3358	2026-12-03 14:57:39.449268+00
8133	8	3359	2026-12-03 14:57:39.449268+00
8134	8	3365	2026-12-03 14:57:39.449268+00
8135	8	3366	2026-12-03 14:57:39.449268+00
8136	8	3367	2026-12-03 14:57:39.449268+00
8137	8	3368	2026-12-03 14:57:39.449268+00
8138	8	3369	2026-12-03 14:57:39.449268+00
8139	8	3370	2026-12-03 14:57:39.449268+00
8140	8	3371	2026-12-03 14:57:39.449268+00
8141	8	3372	2026-12-03 14:57:39.449268+00
8142	8	3373	2026-12-03 14:57:39.449268+00
8143	8	3374	2026-12-03 14:57:39.449268+00
8144	8	3375	2026-12-03 14:57:39.449268+00
8145	8	3376	2026-12-03 14:57:39.449268+00
8146	8	3377	2026-12-03 14:57:39.449268+00
8147	8	3378	2026-12-03 14:57:39.449268+00
8148	8	3379	2026-12-03 14:57:39.449268+00
8149	8	3380	2026-12-03 14:57:39.449268+00
8150	8	3381	2026-12-03 14:57:39.449268+00
8151	8	3382	2026-12-03 14:57:39.449268+00
8152	8	3383	2026-12-03 14:57:39.449268+00
8153	8	3384	2026-12-03 14:57:39.449268+00
8154	8	3385	2026-12-03 14:57:39.449268+00
8155	8	3386	2026-12-03 14:57:39.449268+00
8156	8	3387	2026-12-03 14:57:39.449268+00
8157	8	3388	2026-12-03 14:57:39.449268+00
8158	8	3389	2026-12-03 14:57:39.449268+00
8159	8	3390	2026-12-03 14:57:39.449268+00
8160	8	3391	2026-12-03 14:57:39.449268+00
8161	8	3392	2026-12-03 14:57:39.449268+00
8162	8	3393	2026-12-03 14:57:39.449268+00
8163	8	3394	2026-12-03 14:57:39.449268+00
8164	8	3395	2026-12-03 14:57:39.449268+00
8165	8	3396	2026-12-03 14:57:39.449268+00
8166	8	3397	2026-12-03 14:57:39.449268+00
8167	8	3398	2026-12-03 14:57:39.449268+00
8168	8	3399	2026-12-03 14:57:39.449268+00
8169	8	3400	2026-12-03 14:57:39.449268+00
8170	8	3401	2026-12-03 14:57:39.449268+00
8171	8	3402	2026-12-03 14:57:39.449268+00
8172	8	3403	2026-12-03 14:57:39.449268+00
8173	8	3404	2026-12-03 14:57:39.449268+00
8174	8	3405	2026-12-03 14:57:39.449268+00
8175	8	3406	2026-12-03 14:57:39.449268+00
8176	8	3407	2026-12-03 14:57:39.449268+00
8177	8	3408	2026-12-03 14:57:39.449268+00
8178	8	3409	2026-12-03 14:57:39.449268+00
8179	8	3410	2026-12-03 14:57:39.449268+00
8180	8	3411	2026-12-03 14:57:39.449268+00
8181	8	3412	2026-12-03 14:57:39.449268+00
8182	8	3413	2026-12-03 14:57:39.449268+00
8183	8	3414	2026-12-03 14:57:39.449268+00
8184	8	3415	2026-12-03 14:57:39.449268+00
8185	8	3416	2026-12-03 14:57:39.449268+00
8186	8	3417	2026-12-03 14:57:39.449268+00
8187	8	3418	2026-12-03 14:57:39.449268+00
8188	8	3419	2026-12-03 14:57:39.449268+00
8189	8	3420	2026-12-03 14:57:39.449268+00
8190	8	3421	2026-12-03 14:57:39.449268+00
8191	8	3422	2026-12-03 14:57:39.449268+00
8192	8	3423	2026-12-03 14:57:39.449268+00
8193	8	3424	2026-12-03 14:57:39.449268+00
8194	8	3425	2026-12-03 14:57:39.449268+00
8195	8	3426	2026-12-03 14:57:39.449268+00
8196	8	3427	2026-12-03 14:57:39.449268+00
8197	8	3430	2026-12-03 14:57:39.449268+00
8198	8	3431	2026-12-03 14:57:39.449268+00
8199	8	3432	2026-12-03 14:57:39.449268+00
8200	8	3433	2026-12-03 14:57:39.449268+00
8201	8	3434	2026-12-03 14:57:39.449268+00
8202	8	3435	2026-12-03 14:57:39.449268+00
8203	8	3436	2026-12-03 14:57:39.449268+00
8204	8	3437	2026-12-03 14:57:39.449268+00
8205	8	3438	2026-12-03 14:57:39.449268+00
8206	8	3439	2026-12-03 14:57:39.449268+00
8207	8	3440	2026-12-03 14:57:39.449268+00
8208	8	3441	2026-12-03 14:57:39.449268+00
8209	8	3442	2026-12-03 14:57:39.449268+00
8210	8	3443	2026-12-03 14:57:39.449268+00
8211	8	3444	2026-12-03 14:57:39.449268+00
8212	8	3445	2026-12-03 14:57:39.449268+00
8213	8	3446	2026-12-03 14:57:39.449268+00
8214	8	3447	2026-12-03 14:57:39.449268+00
8215	8	3448	2026-12-03 14:57:39.449268+00
8216	8	3449	2026-12-03 14:57:39.449268+00
8217	8	3450	2026-12-03 14:57:39.449268+00
8218	8	3451	2026-12-03 14:57:39.449268+00
8219	8	3452	2026-12-03 14:57:39.449268+00
8220	8	3453	2026-12-03 14:57:39.449268+00
8221	8	3454	2026-12-03 14:57:39.449268+00
8222	8	3455	2026-12-03 14:57:39.449268+00
8223	8	3456	2026-12-03 14:57:39.449268+00
8224	8	3457	2026-12-03 14:57:39.449268+00
8225	8	3458	2026-12-03 14:57:39.449268+00
8226	8	3459	2026-12-03 14:57:39.449268+00
8227	8	3460	2026-12-03 14:57:39.449268+00
8228	8	3461	2026-12-03 14:57:39.449268+00
8229	8	3462	2026-12-03 14:57:39.449268+00
8230	8	3463	2026-12-03 14:57:39.449268+00
8231	8	3464	2026-12-03 14:57:39.449268+00
8232	8	3465	2026-12-03 14:57:39.449268+00
8233	8	3466	2026-12-03 14:57:39.449268+00
8234	8	3467	2026-12-03 14:57:39.449268+00
8235	8	3468	2026-12-03 14:57:39.449268+00
8236	8	3469	2026-12-03 14:57:39.449268+00
8237	8	3470	2026-12-03 14:57:39.449268+00
8238	8	3471	2026-12-03 14:57:39.449268+00
8239	8	3472	2026-12-03 14:57:39.449268+00
8240	8	3473	2026-12-03 14:57:39.449268+00
8241	8	3474	2026-12-03 14:57:39.449268+00
8242	8	3475	2026-12-03 14:57:39.449268+00
8243	8	3476	2026-12-03 14:57:39.449268+00
8244	8	3477	2026-12-03 14:57:39.449268+00
8245	8	3478	2026-12-03 14:57:39.449268+00
8246	8	3479	2026-12-03 14:57:39.449268+00
8247	8	3480	2026-12-03 14:57:39.449268+00
8248	8	3481	2026-12-03 14:57:39.449268+00
8249	8	3482	2026-12-03 14:57:39.449268+00
8250	8	3483	2026-12-03 14:57:39.449268+00
8251	8	3484	2026-12-03 14:57:39.449268+00
8252	8	3485	2026-12-03 14:57:39.449268+00
8253	8	3486	2026-12-03 14:57:39.449268+00
8254	8	3487	2026-12-03 14:57:39.449268+00
8255	8	3488	2026-12-03 14:57:39.449268+00
8256	8	3489	2026-12-03 14:57:39.449268+00
8257	8	3490	2026-12-03 14:57:39.449268+00
8258	8	3491	2026-12-03 14:57:39.449268+00
8259	8	3492	2026-12-03 14:57:39.449268+00
8260	8	3493	2026-12-03 14:57:39.449268+00
8261	8	3494	2026-12-03 14:57:39.449268+00
8262	8	3495	2026-12-03 14:57:39.449268+00
8263	8	3496	2026-12-03 14:57:39.449268+00
8264	8	3497	2026-12-03 14:57:39.449268+00
8265	8	3498	2026-12-03 14:57:39.449268+00
8266	8	3499	2026-12-03 14:57:39.449268+00
8267	8	3500	2026-12-03 14:57:39.449268+00
8268	8	3501	2026-12-03 14:57:39.449268+00
8269	8	3502	2026-12-03 14:57:39.449268+00
8270	8	3503	2026-12-03 14:57:39.449268+00
8271	9	3402	2026-12-03 14:57:39.449268+00
8272	10	2819	2026-12-03 14:57:39.449268+00
8273	10	2820	2026-12-03 14:57:39.449268+00
8274	10	2821	2026-12-03 14:57:39.449268+00
8275	10	2822	2026-12-03 14:57:39.449268+00
8276	10	2823	2026-12-03 14:57:39.449268+00
8277	10	2824	2026-12-03 14:57:39.449268+00
8278	10	2825	2026-12-03 14:57:39.449268+00
8279	10	2826	2026-12-03 14:57:39.449268+00
8280	10	2827	2026-12-03 14:57:39.449268+00
8281	10	2828	2026-12-03 14:57:39.449268+00
8282	10	2829	2026-12-03 14:57:39.449268+00
8283	10	2830	2026-12-03 14:57:39.449268+00
8284	10	2831	2026-12-03 14:57:39.449268+00
8285	10	2832	2026-12-03 14:57:39.449268+00
8286	10	2833	2026-12-03 14:57:39.449268+00
8287	10	2834	2026-12-03 14:57:39.449268+00
8288	10	2835	2026-12-03 14:57:39.449268+00
8289	10	2836	2026-12-03 14:57:39.449268+00
8290	10	2837	2026-12-03 14:57:39.449268+00
8291	10	2838	2026-12-03 14:57:39.449268+00
8292	10	2839	2026-12-03 14:57:39.449268+00
8293	10	2840	2026-12-03 14:57:39.449268+00
8294	10	2841	2026-12-03 14:57:39.449268+00
8295	10	2842	2026-12-03 14:57:39.449268+00
8296	10	2843	2026-12-03 14:57:39.449268+00
8297	10	2844	2026-12-03 14:57:39.449268+00
8298	10	2845	2026-12-03 14:57:39.449268+00
8299	10	2846	2026-12-03 14:57:39.449268+00
8300	10	2847	2026-12-03 14:57:39.449268+00
8301	10	2848	2026-12-03 14:57:39.449268+00
8302	10	2849	2026-12-03 14:57:39.449268+00
8303	10	2850	2026-12-03 14:57:39.449268+00
8304	10	2851	2026-12-03 14:57:39.449268+00
8305	10	2852	2026-12-03 14:57:39.449268+00
8306	10	2853	2026-12-03 14:57:39.449268+00
8307	10	2854	2026-12-03 14:57:39.449268+00
8308	10	2855	2026-12-03 14:57:39.449268+00
8309	10	2856	2026-12-03 14:57:39.449268+00
8310	10	2857	2026-12-03 14:57:39.449268+00
8311	10	2858	2026-12-03 14:57:39.449268+00
8312	10	2859	2026-12-03 14:57:39.449268+00
8313	10	2860	2026-12-03 14:57:39.449268+00
8314	10	2861	2026-12-03 14:57:39.449268+00
8315	10	2862	2026-12-03 14:57:39.449268+00
8316	10	2863	2026-12-03 14:57:39.449268+00
8317	10	2864	2026-12-03 14:57:39.449268+00
8318	10	2865	2026-12-03 14:57:39.449268+00
8319	10	2866	2026-12-03 14:57:39.449268+00
8320	10	2867	2026-12-03 14:57:39.449268+00
8321	10	2868	2026-12-03 14:57:39.449268+00
8322	10	2869	2026-12-03 14:57:39.449268+00
8323	10	2870	2026-12-03 14:57:39.449268+00
8324	10	2871	2026-12-03 14:57:39.449268+00
8325	10	2872	2026-12-03 14:57:39.449268+00
8326	10	2873	2026-12-03 14:57:39.449268+00
8327	10	2874	2026-12-03 14:57:39.449268+00
8328	10	2875	2026-12-03 14:57:39.449268+00
8329	10	2876	2026-12-03 14:57:39.449268+00
8330	10	2877	2026-12-03 14:57:39.449268+00
8331	10	2878	2026-12-03 14:57:39.449268+00
8332	10	2879	2026-12-03 14:57:39.449268+00
8333	10	2880	2026-12-03 14:57:39.449268+00
8334	10	2881	2026-12-03 14:57:39.449268+00
8335	10	2882	2026-12-03 14:57:39.449268+00
8336	10	2883	2026-12-03 14:57:39.449268+00
8337	10	2884	2026-12-03 14:57:39.449268+00
8338	10	2885	2026-12-03 14:57:39.449268+00
8339	10	2886	2026-12-03 14:57:39.449268+00
8340	10	2887	2026-12-03 14:57:39.449268+00
8341	10	2888	2026-12-03 14:57:39.449268+00
8342	10	2889	2026-12-03 14:57:39.449268+00
8343	10	2890	2026-12-03 14:57:39.449268+00
8344	10	2891	2026-12-03 14:57:39.449268+00
8345	10	2892	2026-12-03 14:57:39.449268+00
8346	10	2893	2026-12-03 14:57:39.449268+00
8347	10	2894	2026-12-03 14:57:39.449268+00
8348	10	2895	2026-12-03 14:57:39.449268+00
8349	10	2896	2026-12-03 14:57:39.449268+00
8350	10	2897	2026-12-03 14:57:39.449268+00
8351	10	2898	2026-12-03 14:57:39.449268+00
8352	10	2899	2026-12-03 14:57:39.449268+00
8353	10	2900	2026-12-03 14:57:39.449268+00
8354	10	2901	2026-12-03 14:57:39.449268+00
8355	10	2902	2026-12-03 14:57:39.449268+00
8356	10	2903	2026-12-03 14:57:39.449268+00
8357	10	2904	2026-12-03 14:57:39.449268+00
8358	10	2905	2026-12-03 14:57:39.449268+00
8359	10	2906	2026-12-03 14:57:39.449268+00
8360	10	2907	2026-12-03 14:57:39.449268+00
8361	10	2908	2026-12-03 14:57:39.449268+00
8362	10	2909	2026-12-03 14:57:39.449268+00
8363	10	2910	2026-12-03 14:57:39.449268+00
8364	10	2911	2026-12-03 14:57:39.449268+00
8365	10	2912	2026-12-03 14:57:39.449268+00
8366	10	2913	2026-12-03 14:57:39.449268+00
8367	10	2914	2026-12-03 14:57:39.449268+00
8368	10	2915	2026-12-03 14:57:39.449268+00
8369	10	2916	2026-12-03 14:57:39.449268+00
8370	10	2917	2026-12-03 14:57:39.449268+00
8371	10	2918	2026-12-03 14:57:39.449268+00
8372	10	2919	2026-12-03 14:57:39.449268+00
8373	10	2920	2026-12-03 14:57:39.449268+00
8374	10	2921	2026-12-03 14:57:39.449268+00
8375	10	2922	2026-12-03 14:57:39.449268+00
8376	10	2923	2026-12-03 14:57:39.449268+00
8377	10	2924	2026-12-03 14:57:39.449268+00
8378	10	2925	2026-12-03 14:57:39.449268+00
8379	10	3165	2026-12-03 14:57:39.449268+00
8380	10	3166	2026-12-03 14:57:39.449268+00
8381	10	3167	2026-12-03 14:57:39.449268+00
8382	10	3168	2026-12-03 14:57:39.449268+00
8383	10	3169	2026-12-03 14:57:39.449268+00
8384	10	3170	2026-12-03 14:57:39.449268+00
8385	10	3171	2026-12-03 14:57:39.449268+00
8386	10	3172	2026-12-03 14:57:39.449268+00
8387	10	3173	2026-12-03 14:57:39.449268+00
8388	10	3174	2026-12-03 14:57:39.449268+00
8389	10	3175	2026-12-03 14:57:39.449268+00
8390	10	3176	2026-12-03 14:57:39.449268+00
8391	10	3177	2026-12-03 14:57:39.449268+00
8392	10	3178	2026-12-03 14:57:39.449268+00
8393	10	3179	2026-12-03 14:57:39.449268+00
8394	10	3180	2026-12-03 14:57:39.449268+00
8395	10	3181	2026-12-03 14:57:39.449268+00
8396	10	3182	2026-12-03 14:57:39.449268+00
8397	10	3183	2026-12-03 14:57:39.449268+00
8398	10	3184	2026-12-03 14:57:39.449268+00
8399	10	3185	2026-12-03 14:57:39.449268+00
8400	10	3186	2026-12-03 14:57:39.449268+00
8401	10	3187	2026-12-03 14:57:39.449268+00
8402	10	3188	2026-12-03 14:57:39.449268+00
8403	10	3189	2026-12-03 14:57:39.449268+00
8404	10	3190	2026-12-03 14:57:39.449268+00
8405	10	3191	2026-12-03 14:57:39.449268+00
8406	10	3192	2026-12-03 14:57:39.449268+00
8407	10	3193	2026-12-03 14:57:39.449268+00
8408	10	3194	2026-12-03 14:57:39.449268+00
8409	10	3195	2026-12-03 14:57:39.449268+00
8410	10	3196	2026-12-03 14:57:39.449268+00
8411	10	3197	2026-12-03 14:57:39.449268+00
8412	10	3198	2026-12-03 14:57:39.449268+00
8413	10	3199	2026-12-03 14:57:39.449268+00
8414	10	3200	2026-12-03 14:57:39.449268+00
8415	10	3201	2026-12-03 14:57:39.449268+00
8416	10	3202	2026-12-03 14:57:39.449268+00
8417	10	3203	2026-12-03 14:57:39.449268+00
8418	10	3204	2026-12-03 14:57:39.449268+00
8419	10	3205	2026-12-03 14:57:39.449268+00
8420	10	3206	2026-12-03 14:57:39.449268+00
8421	10	3207	2026-12-03 14:57:39.449268+00
8422	10	3208	2026-12-03 14:57:39.449268+00
8423	10	3209	2026-12-03 14:57:39.449268+00
8424	10	3210	2026-12-03 14:57:39.449268+00
8425	10	3211	2026-12-03 14:57:39.449268+00
8426	10	3212	2026-12-03 14:57:39.449268+00
8427	10	3213	2026-12-03 14:57:39.449268+00
8428	10	3214	2026-12-03 14:57:39.449268+00
8429	10	3215	2026-12-03 14:57:39.449268+00
8430	10	3216	2026-12-03 14:57:39.449268+00
8431	10	3217	2026-12-03 14:57:39.449268+00
8432	10	3218	2026-12-03 14:57:39.449268+00
8433	10	3219	2026-12-03 14:57:39.449268+00
8434	10	3220	2026-12-03 14:57:39.449268+00
8435	10	3221	2026-12-03 14:57:39.449268+00
8436	10	3222	2026-12-03 14:57:39.449268+00
8437	10	3223	2026-12-03 14:57:39.449268+00
8438	10	3224	2026-12-03 14:57:39.449268+00
8439	10	3226	2026-12-03 14:57:39.449268+00
8440	10	3227	2026-12-03 14:57:39.449268+00
8441	10	3228	2026-12-03 14:57:39.449268+00
8442	10	3229	2026-12-03 14:57:39.449268+00
8443	10	3230	2026-12-03 14:57:39.449268+00
8444	10	3231	2026-12-03 14:57:39.449268+00
8445	10	3232	2026-12-03 14:57:39.449268+00
8446	10	3233	2026-12-03 14:57:39.449268+00
8447	10	3234	2026-12-03 14:57:39.449268+00
8448	10	3235	2026-12-03 14:57:39.449268+00
8449	10	3236	2026-12-03 14:57:39.449268+00
8450	10	3237	2026-12-03 14:57:39.449268+00
8451	10	3238	2026-12-03 14:57:39.449268+00
8452	10	3239	2026-12-03 14:57:39.449268+00
8453	10	3240	2026-12-03 14:57:39.449268+00
8454	10	3241	2026-12-03 14:57:39.449268+00
8455	10	3242	2026-12-03 14:57:39.449268+00
8456	10	3243	2026-12-03 14:57:39.449268+00
8457	10	3244	2026-12-03 14:57:39.449268+00
8458	10	3245	2026-12-03 14:57:39.449268+00
8459	10	3246	2026-12-03 14:57:39.449268+00
8460	10	3247	2026-12-03 14:57:39.449268+00
8461	10	3248	2026-12-03 14:57:39.449268+00
8462	10	3249	2026-12-03 14:57:39.449268+00
8463	10	3250	2026-12-03 14:57:39.449268+00
8464	10	3251	2026-12-03 14:57:39.449268+00
8465	10	3252	2026-12-03 14:57:39.449268+00
8466	10	3337	2026-12-03 14:57:39.449268+00
8467	10	3338	2026-12-03 14:57:39.449268+00
8468	10	3339	2026-12-03 14:57:39.449268+00
8469	10	3340	2026-12-03 14:57:39.449268+00
8470	10	3341	2026-12-03 14:57:39.449268+00
8471	10	3342	2026-12-03 14:57:39.449268+00
8472	10	3343	2026-12-03 14:57:39.449268+00
8473	10	3344	2026-12-03 14:57:39.449268+00
8474	10	3345	2026-12-03 14:57:39.449268+00
8475	10	3346	2026-12-03 14:57:39.449268+00
8476	10	3347	2026-12-03 14:57:39.449268+00
8477	10	3348	2026-12-03 14:57:39.449268+00
8478	10	3360	2026-12-03 14:57:39.449268+00
8479	10	3361	2026-12-03 14:57:39.449268+00
8480	10	3362	2026-12-03 14:57:39.449268+00
8481	10	3363	2026-12-03 14:57:39.449268+00
8482	10	3364	2026-12-03 14:57:39.449268+00
8483	10	3428	2026-12-03 14:57:39.449268+00
8484	10	3429	2026-12-03 14:57:39.449268+00
8485	11	215	2026-12-03 14:57:39.449268+00
8486	11	219	2026-12-03 14:57:39.449268+00
8487	11	220	2026-12-03 14:57:39.449268+00
8488	11	228	2026-12-03 14:57:39.449268+00
8489	11	230	2026-12-03 14:57:39.449268+00
8490	11	236	2026-12-03 14:57:39.449268+00
8491	11	391	2026-12-03 14:57:39.449268+00
8492	11	393	2026-12-03 14:57:39.449268+00
8493	11	501	2026-12-03 14:57:39.449268+00
8494	11	504	2026-12-03 14:57:39.449268+00
8495	11	516	2026-12-03 14:57:39.449268+00
8496	11	523	2026-12-03 14:57:39.449268+00
8497	11	730	2026-12-03 14:57:39.449268+00
8498	11	738	2026-12-03 14:57:39.449268+00
8499	11	852	2026-12-03 14:57:39.449268+00
8500	11	858	2026-12-03 14:57:39.449268+00
8501	11	864	2026-12-03 14:57:39.449268+00
8502	11	867	2026-12-03 14:57:39.449268+00
8503	11	874	2026-12-03 14:57:39.449268+00
8504	11	877	2026-12-03 14:57:39.449268+00
8505	11	885	2026-12-03 14:57:39.449268+00
8506	11	888	2026-12-03 14:57:39.449268+00
8507	11	1088	2026-12-03 14:57:39.449268+00
8508	11	1093	2026-12-03 14:57:39.449268+00
8509	11	1099	2026-12-03 14:57:39.449268+00
8510	11	1105	2026-12-03 14:57:39.449268+00
8511	11	1514	2026-12-03 14:57:39.449268+00
8512	11	1518	2026-12-03 14:57:39.449268+00
8513	11	1519	2026-12-03 14:57:39.449268+00
8514	11	1916	2026-12-03 14:57:39.449268+00
8515	11	1921	2026-12-03 14:57:39.449268+00
8516	11	1928	2026-12-03 14:57:39.449268+00
8517	11	2752	2026-12-03 14:57:39.449268+00
8518	11	2753	2026-12-03 14:57:39.449268+00
8519	11	2754	2026-12-03 14:57:39.449268+00
8520	11	2758	2026-12-03 14:57:39.449268+00
8521	11	2767	2026-12-03 14:57:39.449268+00
8522	11	2768	2026-12-03 14:57:39.449268+00
8523	11	2769	2026-12-03 14:57:39.449268+00
8524	12	3403	2026-12-03 14:57:39.449268+00
8525	12	3404	2026-12-03 14:57:39.449268+00
8526	12	3405	2026-12-03 14:57:39.449268+00
8527	12	3406	2026-12-03 14:57:39.449268+00
8528	12	3407	2026-12-03 14:57:39.449268+00
8529	12	3408	2026-12-03 14:57:39.449268+00
8530	12	3409	2026-12-03 14:57:39.449268+00
8531	12	3410	2026-12-03 14:57:39.449268+00
8532	12	3411	2026-12-03 14:57:39.449268+00
8533	12	3412	2026-12-03 14:57:39.449268+00
8534	12	3413	2026-12-03 14:57:39.449268+00
8535	12	3414	2026-12-03 14:57:39.449268+00
8536	12	3415	2026-12-03 14:57:39.449268+00
8537	12	3416	2026-12-03 14:57:39.449268+00
8538	12	3417	2026-12-03 14:57:39.449268+00
8539	12	3418	2026-12-03 14:57:39.449268+00
8540	12	3419	2026-12-03 14:57:39.449268+00
8541	12	3420	2026-12-03 14:57:39.449268+00
8542	12	3421	2026-12-03 14:57:39.449268+00
8543	12	3422	2026-12-03 14:57:39.449268+00
8544	12	3423	2026-12-03 14:57:39.449268+00
8545	12	3424	2026-12-03 14:57:39.449268+00
8546	12	3425	2026-12-03 14:57:39.449268+00
8547	12	3426	2026-12-03 14:57:39.449268+00
8548	12	3427	2026-12-03 14:57:39.449268+00
8549	12	3430	2026-12-03 14:57:39.449268+00
8550	12	3431	2026-12-03 14:57:39.449268+00
8551	12	3432	2026-12-03 14:57:39.449268+00
8552	12	3433	2026-12-03 14:57:39.449268+00
8553	12	3434	2026-12-03 14:57:39.449268+00
8554	12	3435	2026-12-03 14:57:39.449268+00
8555	12	3436	2026-12-03 14:57:39.449268+00
8556	12	3437	2026-12-03 14:57:39.449268+00
8557	12	3438	2026-12-03 14:57:39.449268+00
8558	12	3439	2026-12-03 14:57:39.449268+00
8559	12	3440	2026-12-03 14:57:39.449268+00
8560	12	3441	2026-12-03 14:57:39.449268+00
8561	12	3442	2026-12-03 14:57:39.449268+00
8562	12	3443	2026-12-03 14:57:39.449268+00
8563	12	3444	2026-12-03 14:57:39.449268+00
8564	12	3445	2026-12-03 14:57:39.449268+00
8565	12	3446	2026-12-03 14:57:39.449268+00
8566	12	3447	2026-12-03 14:57:39.449268+00
8567	12	3448	2026-12-03 14:57:39.449268+00
8568	12	3449	2026-12-03 14:57:39.449268+00
8569	12	3450	2026-12-03 14:57:39.449268+00
8570	12	3451	2026-12-03 14:57:39.449268+00
8571	12	3452	2026-12-03 14:57:39.449268+00
8572	12	3453	2026-12-03 14:57:39.449268+00
8573	12	3454	2026-12-03 14:57:39.449268+00
8574	12	3479	2026-12-03 14:57:39.449268+00
8575	12	3480	2026-12-03 14:57:39.449268+00
8576	12	3481	2026-12-03 14:57:39.449268+00
8577	12	3482	2026-12-03 14:57:39.449268+00
8578	12	3483	2026-12-03 14:57:39.449268+00
8579	12	3484	2026-12-03 14:57:39.449268+00
8580	12	3485	2026-12-03 14:57:39.449268+00
8581	12	3486	2026-12-03 14:57:39.449268+00
8582	12	3487	2026-12-03 14:57:39.449268+00
8583	12	3488	2026-12-03 14:57:39.449268+00
8584	12	3489	2026-12-03 14:57:39.449268+00
8585	12	3490	2026-12-03 14:57:39.449268+00
8586	12	3491	2026-12-03 14:57:39.449268+00
8587	12	3492	2026-12-03 14:57:39.449268+00
8588	12	3493	2026-12-03 14:57:39.449268+00
8589	12	3494	2026-12-03 14:57:39.449268+00
8590	12	3495	2026-12-03 14:57:39.449268+00
8591	12	3496	2026-12-03 14:57:39.449268+00
8592	12	3497	2026-12-03 14:57:39.449268+00
8593	12	3498	2026-12-03 14:57:39.449268+00
8594	12	3499	2026-12-03 14:57:39.449268+00
8595	12	3500	2026-12-03 14:57:39.449268+00
8596	12	3501	2026-12-03 14:57:39.449268+00
8597	12	3502	2026-12-03 14:57:39.449268+00
8598	12	3503	2026-12-03 14:57:39.449268+00
8599	13	3479	2026-12-03 14:57:39.449268+00
8600	13	3480	2026-12-03 14:57:39.449268+00
8601	13	3481	2026-12-03 14:57:39.449268+00
8602	13	3482	2026-12-03 14:57:39.449268+00
8603	13	3483	2026-12-03 14:57:39.449268+00
8604	13	3484	2026-12-03 14:57:39.449268+00
8605	13	3485	2026-12-03 14:57:39.449268+00
8606	13	3486	2026-12-03 14:57:39.449268+00
8607	13	3487	2026-12-03 14:57:39.449268+00
8608	13	3488	2026-12-03 14:57:39.449268+00
8609	13	3489	2026-12-03 14:57:39.449268+00
8610	13	3490	2026-12-03 14:57:39.449268+00
8611	13	3491	2026-12-03 14:57:39.449268+00
8612	13	3492	2026-12-03 14:57:39.449268+00
8613	13	3493	2026-12-03 14:57:39.449268+00
8614	13	3494	2026-12-03 14:57:39.449268+00
8615	13	3495	2026-12-03 14:57:39.449268+00
8616	13	3496	2026-12-03 14:57:39.449268+00
8617	13	3497	2026-12-03 14:57:39.449268+00
8618	13	3498	2026-12-03 14:57:39.449268+00
8619	13	3499	2026-12-03 14:57:39.449268+00
8620	13	3500	2026-12-03 14:57:39.449268+00
8621	13	3501	2026-12-03 14:57:39.449268+00
8622	13	3502	2026-12-03 14:57:39.449268+00
8623	13	3503	2026-12-03 14:57:39.449268+00
8624	14	3430	2026-12-03 14:57:39.449268+00
8625	14	3431	2026-12-03 14:57:39.449268+00
8626	14	3432	2026-12-03 14:57:39.449268+00
8627	14	3433	2026-12-03 14:57:39.449268+00
8628	14	3434	2026-12-03 14:57:39.449268+00
8629	14	3435	2026-12-03 14:57:39.449268+00
8630	14	3436	2026-12-03 14:57:39.449268+00
8631	14	3437	2026-12-03 14:57:39.449268+00
8632	14	3438	2026-12-03 14:57:39.449268+00
8633	14	3439	2026-12-03 14:57:39.449268+00
8634	14	3440	2026-12-03 14:57:39.449268+00
8635	14	3441	2026-12-03 14:57:39.449268+00
8636	14	3442	2026-12-03 14:57:39.449268+00
8637	14	3443	2026-12-03 14:57:39.449268+00
8638	14	3444	2026-12-03 14:57:39.449268+00
8639	14	3445	2026-12-03 14:57:39.449268+00
8640	14	3446	2026-12-03 14:57:39.449268+00
8641	14	3447	2026-12-03 14:57:39.449268+00
8642	14	3448	2026-12-03 14:57:39.449268+00
8643	14	3449	2026-12-03 14:57:39.449268+00
8644	14	3450	2026-12-03 14:57:39.449268+00
8645	14	3451	2026-12-03 14:57:39.449268+00
8646	14	3452	2026-12-03 14:57:39.449268+00
8647	14	3453	2026-12-03 14:57:39.449268+00
8648	14	3454	2026-12-03 14:57:39.449268+00
8649	15	3403	2026-12-03 14:57:39.449268+00
8650	15	3404	2026-12-03 14:57:39.449268+00
8651	15	3405	2026-12-03 14:57:39.449268+00
8652	15	3406	2026-12-03 14:57:39.449268+00
8653	15	3407	2026-12-03 14:57:39.449268+00
8654	15	3408	2026-12-03 14:57:39.449268+00
8655	15	3409	2026-12-03 14:57:39.449268+00
8656	15	3410	2026-12-03 14:57:39.449268+00
8657	15	3411	2026-12-03 14:57:39.449268+00
8658	15	3412	2026-12-03 14:57:39.449268+00
8659	15	3413	2026-12-03 14:57:39.449268+00
8660	15	3414	2026-12-03 14:57:39.449268+00
8661	15	3415	2026-12-03 14:57:39.449268+00
8662	15	3416	2026-12-03 14:57:39.449268+00
8663	15	3417	2026-12-03 14:57:39.449268+00
8664	15	3418	2026-12-03 14:57:39.449268+00
8665	15	3419	2026-12-03 14:57:39.449268+00
8666	15	3420	2026-12-03 14:57:39.449268+00
8667	15	3421	2026-12-03 14:57:39.449268+00
8668	15	3422	2026-12-03 14:57:39.449268+00
8669	15	3423	2026-12-03 14:57:39.449268+00
8670	15	3424	2026-12-03 14:57:39.449268+00
8671	15	3425	2026-12-03 14:57:39.449268+00
8672	15	3426	2026-12-03 14:57:39.449268+00
8673	15	3427	2026-12-03 14:57:39.449268+00
8674	16	52	2026-12-03 14:57:39.449268+00
8675	16	2003	2026-12-03 14:57:39.449268+00
8676	16	2004	2026-12-03 14:57:39.449268+00
8677	16	2005	2026-12-03 14:57:39.449268+00
8678	16	2007	2026-12-03 14:57:39.449268+00
8679	16	2010	2026-12-03 14:57:39.449268+00
8680	16	2013	2026-12-03 14:57:39.449268+00
8681	16	2194	2026-12-03 14:57:39.449268+00
8682	16	2195	2026-12-03 14:57:39.449268+00
8683	16	2198	2026-12-03 14:57:39.449268+00
8684	16	2206	2026-12-03 14:57:39.449268+00
8685	16	2512	2026-12-03 14:57:39.449268+00
8686	16	2516	2026-12-03 14:57:39.449268+00
8687	16	2550	2026-12-03 14:57:39.449268+00
8688	16	3367	2026-12-03 14:57:39.449268+00
8689	17	1	2026-12-03 14:57:39.449268+00
8690	17	2	2026-12-03 14:57:39.449268+00
8691	17	3	2026-12-03 14:57:39.449268+00
8692	17	4	2026-12-03 14:57:39.449268+00
8693	17	5	2026-12-03 14:57:39.449268+00
8694	17	152	2026-12-03 14:57:39.449268+00
8695	17	160	2026-12-03 14:57:39.449268+00
8696	17	1278	2026-12-03 14:57:39.449268+00
8697	17	1283	2026-12-03 14:57:39.449268+00
8698	17	1335	2026-12-03 14:57:39.449268+00
8699	17	1345	2026-12-03 14:57:39.449268+00
8700	17	1380	2026-12-03 14:57:39.449268+00
8701	17	1392	2026-12-03 14:57:39.449268+00
8702	17	1801	2026-12-03 14:57:39.449268+00
8703	17	1830	2026-12-03 14:57:39.449268+00
8704	17	1837	2026-12-03 14:57:39.449268+00
8705	17	1854	2026-12-03 14:57:39.449268+00
8706	17	1876	2026-12-03 14:57:39.449268+00
8707	17	1880	2026-12-03 14:57:39.449268+00
8708	17	1942	2026-12-03 14:57:39.449268+00
8709	17	1945	2026-12-03 14:57:39.449268+00
8710	17	1984	2026-12-03 14:57:39.449268+00
8711	17	2094	2026-12-03 14:57:39.449268+00
8712	17	2095	2026-12-03 14:57:39.449268+00
8713	17	2096	2026-12-03 14:57:39.449268+00
8714	17	3290	2026-12-03 14:57:39.449268+00
8715	18	597	2026-12-03 14:57:39.449268+00
\.


--
-- Data for Name: revoked_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.revoked_token (id, jti, user_id, revoked_at, expires_at) FROM stdin;
\.


--
-- Data for Name: track; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.track (id, name, composer, genre, duration_ms, album_id, artist_id) FROM stdin;
1	For Those About To Rock (We Salute You)	Angus Young, Malcolm Young, Brian Johnson	Rock	343719	1	1
2	Balls to the Wall	\N	Rock	342562	2	2
3	Fast As a Shark	F. Baltes, S. Kaufman, U. Dirkscneider & W. Hoffman	Rock	230619	3	2
4	Restless and Wild	F. Baltes, R.A. Smith-Diesel, S. Kaufman, U. Dirkscneider & W. Hoffman	Rock	252051	3	2
5	Princess of the Dawn	Deaffy & R.A. Smith-Diesel	Rock	375418	3	2
6	Put The Finger On You	Angus Young, Malcolm Young, Brian Johnson	Rock	205662	1	1
7	Let's Get It Up	Angus Young, Malcolm Young, Brian Johnson	Rock	233926	1	1
8	Inject The Venom	Angus Young, Malcolm Young, Brian Johnson	Rock	210834	1	1
9	Snowballed	Angus Young, Malcolm Young, Brian Johnson	Rock	203102	1	1
10	Evil Walks	Angus Young, Malcolm Young, Brian Johnson	Rock	263497	1	1
11	C.O.D.	Angus Young, Malcolm Young, Brian Johnson	Rock	199836	1	1
12	Breaking The Rules	Angus Young, Malcolm Young, Brian Johnson	Rock	263288	1	1
13	Night Of The Long Knives	Angus Young, Malcolm Young, Brian Johnson	Rock	205688	1	1
14	Spellbound	Angus Young, Malcolm Young, Brian Johnson	Rock	270863	1	1
15	Go Down	AC/DC	Rock	331180	4	1
16	Dog Eat Dog	AC/DC	Rock	215196	4	1
17	Let There Be Rock	AC/DC	Rock	366654	4	1
18	Bad Boy Boogie	AC/DC	Rock	267728	4	1
19	Problem Child	AC/DC	Rock	325041	4	1
20	Overdose	AC/DC	Rock	369319	4	1
21	Hell Ain't A Bad Place To Be	AC/DC	Rock	254380	4	1
22	Whole Lotta Rosie	AC/DC	Rock	323761	4	1
23	Walk On Water	Steven Tyler, Joe Perry, Jack Blades, Tommy Shaw	Rock	295680	5	3
24	Love In An Elevator	Steven Tyler, Joe Perry	Rock	321828	5	3
25	Rag Doll	Steven Tyler, Joe Perry, Jim Vallance, Holly Knight	Rock	264698	5	3
26	What It Takes	Steven Tyler, Joe Perry, Desmond Child	Rock	310622	5	3
27	Dude (Looks Like A Lady)	Steven Tyler, Joe Perry, Desmond Child	Rock	264855	5	3
28	Janie's Got A Gun	Steven Tyler, Tom Hamilton	Rock	330736	5	3
29	Cryin'	Steven Tyler, Joe Perry, Taylor Rhodes	Rock	309263	5	3
30	Amazing	Steven Tyler, Richie Supa	Rock	356519	5	3
31	Blind Man	Steven Tyler, Joe Perry, Taylor Rhodes	Rock	240718	5	3
32	Deuces Are Wild	Steven Tyler, Jim Vallance	Rock	215875	5	3
33	The Other Side	Steven Tyler, Jim Vallance	Rock	244375	5	3
34	Crazy	Steven Tyler, Joe Perry, Desmond Child	Rock	316656	5	3
35	Eat The Rich	Steven Tyler, Joe Perry, Jim Vallance	Rock	251036	5	3
36	Angel	Steven Tyler, Desmond Child	Rock	307617	5	3
37	Livin' On The Edge	Steven Tyler, Joe Perry, Mark Hudson	Rock	381231	5	3
38	All I Really Want	Alanis Morissette & Glenn Ballard	Rock	284891	6	4
39	You Oughta Know	Alanis Morissette & Glenn Ballard	Rock	249234	6	4
40	Perfect	Alanis Morissette & Glenn Ballard	Rock	188133	6	4
41	Hand In My Pocket	Alanis Morissette & Glenn Ballard	Rock	221570	6	4
42	Right Through You	Alanis Morissette & Glenn Ballard	Rock	176117	6	4
43	Forgiven	Alanis Morissette & Glenn Ballard	Rock	300355	6	4
44	You Learn	Alanis Morissette & Glenn Ballard	Rock	239699	6	4
45	Head Over Feet	Alanis Morissette & Glenn Ballard	Rock	267493	6	4
46	Mary Jane	Alanis Morissette & Glenn Ballard	Rock	280607	6	4
47	Ironic	Alanis Morissette & Glenn Ballard	Rock	229825	6	4
48	Not The Doctor	Alanis Morissette & Glenn Ballard	Rock	227631	6	4
49	Wake Up	Alanis Morissette & Glenn Ballard	Rock	293485	6	4
50	You Oughta Know (Alternate)	Alanis Morissette & Glenn Ballard	Rock	491885	6	4
51	We Die Young	Jerry Cantrell	Rock	152084	7	5
52	Man In The Box	Jerry Cantrell, Layne Staley	Rock	286641	7	5
53	Sea Of Sorrow	Jerry Cantrell	Rock	349831	7	5
54	Bleed The Freak	Jerry Cantrell	Rock	241946	7	5
55	I Can't Remember	Jerry Cantrell, Layne Staley	Rock	222955	7	5
56	Love, Hate, Love	Jerry Cantrell, Layne Staley	Rock	387134	7	5
57	It Ain't Like That	Jerry Cantrell, Michael Starr, Sean Kinney	Rock	277577	7	5
58	Sunshine	Jerry Cantrell	Rock	284969	7	5
59	Put You Down	Jerry Cantrell	Rock	196231	7	5
60	Confusion	Jerry Cantrell, Michael Starr, Layne Staley	Rock	344163	7	5
61	I Know Somethin (Bout You)	Jerry Cantrell	Rock	261955	7	5
62	Real Thing	Jerry Cantrell, Layne Staley	Rock	243879	7	5
63	Desafinado	\N	Jazz	185338	8	6
64	Garota De Ipanema	\N	Jazz	285048	8	6
65	Samba De Uma Nota Só (One Note Samba)	\N	Jazz	137273	8	6
66	Por Causa De Você	\N	Jazz	169900	8	6
67	Ligia	\N	Jazz	251977	8	6
68	Fotografia	\N	Jazz	129227	8	6
69	Dindi (Dindi)	\N	Jazz	253178	8	6
70	Se Todos Fossem Iguais A Você (Instrumental)	\N	Jazz	134948	8	6
71	Falando De Amor	\N	Jazz	219663	8	6
72	Angela	\N	Jazz	169508	8	6
73	Corcovado (Quiet Nights Of Quiet Stars)	\N	Jazz	205662	8	6
74	Outra Vez	\N	Jazz	126511	8	6
75	O Boto (Bôto)	\N	Jazz	366837	8	6
76	Canta, Canta Mais	\N	Jazz	271856	8	6
77	Enter Sandman	Apocalyptica	Metal	221701	9	7
78	Master Of Puppets	Apocalyptica	Metal	436453	9	7
79	Harvester Of Sorrow	Apocalyptica	Metal	374543	9	7
80	The Unforgiven	Apocalyptica	Metal	322925	9	7
81	Sad But True	Apocalyptica	Metal	288208	9	7
82	Creeping Death	Apocalyptica	Metal	308035	9	7
83	Wherever I May Roam	Apocalyptica	Metal	369345	9	7
84	Welcome Home (Sanitarium)	Apocalyptica	Metal	350197	9	7
85	Cochise	Audioslave/Chris Cornell	Rock	222380	10	8
86	Show Me How to Live	Audioslave/Chris Cornell	Rock	277890	10	8
87	Gasoline	Audioslave/Chris Cornell	Rock	279457	10	8
88	What You Are	Audioslave/Chris Cornell	Rock	249391	10	8
89	Like a Stone	Audioslave/Chris Cornell	Rock	294034	10	8
90	Set It Off	Audioslave/Chris Cornell	Rock	263262	10	8
91	Shadow on the Sun	Audioslave/Chris Cornell	Rock	343457	10	8
92	I am the Highway	Audioslave/Chris Cornell	Rock	334942	10	8
93	Exploder	Audioslave/Chris Cornell	Rock	206053	10	8
94	Hypnotize	Audioslave/Chris Cornell	Rock	206628	10	8
95	Bring'em Back Alive	Audioslave/Chris Cornell	Rock	329534	10	8
96	Light My Way	Audioslave/Chris Cornell	Rock	303595	10	8
97	Getaway Car	Audioslave/Chris Cornell	Rock	299598	10	8
98	The Last Remaining Light	Audioslave/Chris Cornell	Rock	317492	10	8
99	Your Time Has Come	Cornell, Commerford, Morello, Wilk	Alternative & Punk	255529	11	8
100	Out Of Exile	Cornell, Commerford, Morello, Wilk	Alternative & Punk	291291	11	8
101	Be Yourself	Cornell, Commerford, Morello, Wilk	Alternative & Punk	279484	11	8
102	Doesn't Remind Me	Cornell, Commerford, Morello, Wilk	Alternative & Punk	255869	11	8
103	Drown Me Slowly	Cornell, Commerford, Morello, Wilk	Alternative & Punk	233691	11	8
104	Heaven's Dead	Cornell, Commerford, Morello, Wilk	Alternative & Punk	276688	11	8
105	The Worm	Cornell, Commerford, Morello, Wilk	Alternative & Punk	237714	11	8
106	Man Or Animal	Cornell, Commerford, Morello, Wilk	Alternative & Punk	233195	11	8
107	Yesterday To Tomorrow	Cornell, Commerford, Morello, Wilk	Alternative & Punk	273763	11	8
108	Dandelion	Cornell, Commerford, Morello, Wilk	Alternative & Punk	278125	11	8
109	#1 Zero	Cornell, Commerford, Morello, Wilk	Alternative & Punk	299102	11	8
110	The Curse	Cornell, Commerford, Morello, Wilk	Alternative & Punk	309786	11	8
111	Money	Berry Gordy, Jr./Janie Bradford	Rock And Roll	147591	12	9
112	Long Tall Sally	Enotris Johnson/Little Richard/Robert "Bumps" Blackwell	Rock And Roll	106396	12	9
113	Bad Boy	Larry Williams	Rock And Roll	116088	12	9
114	Twist And Shout	Bert Russell/Phil Medley	Rock And Roll	161123	12	9
115	Please Mr. Postman	Brian Holland/Freddie Gorman/Georgia Dobbins/Robert Bateman/William Garrett	Rock And Roll	137639	12	9
116	C'Mon Everybody	Eddie Cochran/Jerry Capehart	Rock And Roll	140199	12	9
117	Rock 'N' Roll Music	Chuck Berry	Rock And Roll	141923	12	9
118	Slow Down	Larry Williams	Rock And Roll	163265	12	9
119	Roadrunner	Bo Diddley	Rock And Roll	143595	12	9
120	Carol	Chuck Berry	Rock And Roll	143830	12	9
121	Good Golly Miss Molly	Little Richard	Rock And Roll	106266	12	9
122	20 Flight Rock	Ned Fairchild	Rock And Roll	107807	12	9
123	Quadrant	Billy Cobham	Jazz	261851	13	10
124	Snoopy's search-Red baron	Billy Cobham	Jazz	456071	13	10
125	Spanish moss-"A sound portrait"-Spanish moss	Billy Cobham	Jazz	248084	13	10
126	Moon germs	Billy Cobham	Jazz	294060	13	10
127	Stratus	Billy Cobham	Jazz	582086	13	10
128	The pleasant pheasant	Billy Cobham	Jazz	318066	13	10
129	Solo-Panhandler	Billy Cobham	Jazz	246151	13	10
130	Do what cha wanna	George Duke	Jazz	274155	13	10
131	Intro/ Low Down	\N	Metal	323683	14	11
132	13 Years Of Grief	\N	Metal	246987	14	11
133	Stronger Than Death	\N	Metal	300747	14	11
134	All For You	\N	Metal	235833	14	11
135	Super Terrorizer	\N	Metal	319373	14	11
136	Phoney Smile Fake Hellos	\N	Metal	273606	14	11
137	Lost My Better Half	\N	Metal	284081	14	11
138	Bored To Tears	\N	Metal	247327	14	11
139	A.N.D.R.O.T.A.Z.	\N	Metal	266266	14	11
140	Born To Booze	\N	Metal	282122	14	11
141	World Of Trouble	\N	Metal	359157	14	11
142	No More Tears	\N	Metal	555075	14	11
143	The Begining... At Last	\N	Metal	365662	14	11
144	Heart Of Gold	\N	Metal	194873	15	11
145	Snowblind	\N	Metal	420022	15	11
146	Like A Bird	\N	Metal	276532	15	11
147	Blood In The Wall	\N	Metal	284368	15	11
148	The Beginning...At Last	\N	Metal	271960	15	11
149	Black Sabbath	\N	Metal	382066	16	12
150	The Wizard	\N	Metal	264829	16	12
151	Behind The Wall Of Sleep	\N	Metal	217573	16	12
152	N.I.B.	\N	Metal	368770	16	12
153	Evil Woman	\N	Metal	204930	16	12
154	Sleeping Village	\N	Metal	644571	16	12
155	Warning	\N	Metal	212062	16	12
156	Wheels Of Confusion / The Straightener	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	494524	17	12
157	Tomorrow's Dream	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	192496	17	12
158	Changes	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	286275	17	12
159	FX	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	103157	17	12
160	Supernaut	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	285779	17	12
161	Snowblind	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	331676	17	12
162	Cornucopia	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	234814	17	12
163	Laguna Sunrise	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	173087	17	12
164	St. Vitus Dance	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	149655	17	12
165	Under The Sun/Every Day Comes and Goes	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Metal	350458	17	12
166	Smoked Pork	\N	Alternative & Punk	47333	18	13
167	Body Count's In The House	\N	Alternative & Punk	204251	18	13
168	Now Sports	\N	Alternative & Punk	4884	18	13
169	Body Count	\N	Alternative & Punk	317936	18	13
170	A Statistic	\N	Alternative & Punk	6373	18	13
171	Bowels Of The Devil	\N	Alternative & Punk	223216	18	13
172	The Real Problem	\N	Alternative & Punk	11650	18	13
173	KKK Bitch	\N	Alternative & Punk	173008	18	13
174	D Note	\N	Alternative & Punk	95738	18	13
175	Voodoo	\N	Alternative & Punk	300721	18	13
176	The Winner Loses	\N	Alternative & Punk	392254	18	13
177	There Goes The Neighborhood	\N	Alternative & Punk	350171	18	13
178	Oprah	\N	Alternative & Punk	6635	18	13
179	Evil Dick	\N	Alternative & Punk	239020	18	13
180	Body Count Anthem	\N	Alternative & Punk	166426	18	13
181	Momma's Gotta Die Tonight	\N	Alternative & Punk	371539	18	13
182	Freedom Of Speech	\N	Alternative & Punk	281234	18	13
183	King In Crimson	Roy Z	Metal	283167	19	14
184	Chemical Wedding	Roy Z	Metal	246177	19	14
185	The Tower	Roy Z	Metal	285257	19	14
186	Killing Floor	Adrian Smith	Metal	269557	19	14
187	Book Of Thel	Eddie Casillas/Roy Z	Metal	494393	19	14
188	Gates Of Urizen	Roy Z	Metal	265351	19	14
189	Jerusalem	Roy Z	Metal	402390	19	14
190	Trupets Of Jericho	Roy Z	Metal	359131	19	14
191	Machine Men	Adrian Smith	Metal	341655	19	14
192	The Alchemist	Roy Z	Metal	509413	19	14
193	Realword	Roy Z	Metal	237531	19	14
194	First Time I Met The Blues	Eurreal Montgomery	Blues	140434	20	15
195	Let Me Love You Baby	Willie Dixon	Blues	175386	20	15
196	Stone Crazy	Buddy Guy	Blues	433397	20	15
197	Pretty Baby	Willie Dixon	Blues	237662	20	15
198	When My Left Eye Jumps	Al Perkins/Willie Dixon	Blues	235311	20	15
199	Leave My Girl Alone	Buddy Guy	Blues	204721	20	15
200	She Suits Me To A Tee	Buddy Guy	Blues	136803	20	15
201	Keep It To Myself (Aka Keep It To Yourself)	Sonny Boy Williamson [I]	Blues	166060	20	15
202	My Time After Awhile	Robert Geddins/Ron Badger/Sheldon Feinberg	Blues	182491	20	15
203	Too Many Ways (Alternate)	Willie Dixon	Blues	135053	20	15
204	Talkin' 'Bout Women Obviously	Amos Blakemore/Buddy Guy	Blues	589531	20	15
205	Jorge Da Capadócia	Jorge Ben	Latin	177397	21	16
206	Prenda Minha	Tradicional	Latin	99369	21	16
207	Meditação	Tom Jobim - Newton Mendoça	Latin	148793	21	16
208	Terra	Caetano Veloso	Latin	482429	21	16
209	Eclipse Oculto	Caetano Veloso	Latin	221936	21	16
210	Texto "Verdade Tropical"	Caetano Veloso	Latin	84088	21	16
211	Bem Devagar	Gilberto Gil	Latin	133172	21	16
212	Drão	Gilberto Gil	Latin	156264	21	16
213	Saudosismo	Caetano Veloso	Latin	144326	21	16
214	Carolina	Chico Buarque	Latin	181812	21	16
215	Sozinho	Peninha	Latin	190589	21	16
216	Esse Cara	Caetano Veloso	Latin	223111	21	16
217	Mel	Caetano Veloso - Waly Salomão	Latin	294765	21	16
218	Linha Do Equador	Caetano Veloso - Djavan	Latin	299337	21	16
219	Odara	Caetano Veloso	Latin	141270	21	16
220	A Luz De Tieta	Caetano Veloso	Latin	251742	21	16
221	Atrás Da Verd-E-Rosa Só Não Vai Quem Já Morreu	David Corrêa - Paulinho Carvalho - Carlos Sena - Bira do Ponto	Latin	307252	21	16
222	Vida Boa	Fausto Nilo - Armandinho	Latin	281730	21	16
223	Sozinho (Hitmakers Classic Mix)	\N	Latin	436636	22	16
224	Sozinho (Hitmakers Classic Radio Edit)	\N	Latin	195004	22	16
225	Sozinho (Caêdrum 'n' Bass)	\N	Latin	328071	22	16
226	Carolina	\N	Latin	163056	23	17
227	Essa Moça Ta Diferente	\N	Latin	167235	23	17
228	Vai Passar	\N	Latin	369763	23	17
229	Samba De Orly	\N	Latin	162429	23	17
230	Bye, Bye Brasil	\N	Latin	283402	23	17
231	Atras Da Porta	\N	Latin	189675	23	17
232	Tatuagem	\N	Latin	172120	23	17
233	O Que Será (À Flor Da Terra)	\N	Latin	167288	23	17
234	Morena De Angola	\N	Latin	186801	23	17
235	Apesar De Você	\N	Latin	234501	23	17
236	A Banda	\N	Latin	132493	23	17
237	Minha Historia	\N	Latin	182256	23	17
238	Com Açúcar E Com Afeto	\N	Latin	175386	23	17
239	Brejo Da Cruz	\N	Latin	214099	23	17
240	Meu Caro Amigo	\N	Latin	260257	23	17
241	Geni E O Zepelim	\N	Latin	317570	23	17
242	Trocando Em Miúdos	\N	Latin	169717	23	17
243	Vai Trabalhar Vagabundo	\N	Latin	139154	23	17
244	Gota D'água	\N	Latin	153208	23	17
245	Construção / Deus Lhe Pague	\N	Latin	383059	23	17
246	Mateus Enter	Chico Science	Latin	33149	24	18
247	O Cidadão Do Mundo	Chico Science	Latin	200933	24	18
248	Etnia	Chico Science	Latin	152555	24	18
249	Quilombo Groove [Instrumental]	Chico Science	Latin	151823	24	18
250	Macô	Chico Science	Latin	249600	24	18
251	Um Passeio No Mundo Livre	Chico Science	Latin	240091	24	18
252	Samba Do Lado	Chico Science	Latin	227317	24	18
253	Maracatu Atômico	Chico Science	Latin	284264	24	18
254	O Encontro De Isaac Asimov Com Santos Dumont No Céu	Chico Science	Latin	99108	24	18
255	Corpo De Lama	Chico Science	Latin	232672	24	18
256	Sobremesa	Chico Science	Latin	240091	24	18
257	Manguetown	Chico Science	Latin	194560	24	18
258	Um Satélite Na Cabeça	Chico Science	Latin	126615	24	18
259	Baião Ambiental [Instrumental]	Chico Science	Latin	152659	24	18
260	Sangue De Bairro	Chico Science	Latin	132231	24	18
261	Enquanto O Mundo Explode	Chico Science	Latin	88764	24	18
262	Interlude Zumbi	Chico Science	Latin	71627	24	18
263	Criança De Domingo	Chico Science	Latin	208222	24	18
264	Amor De Muito	Chico Science	Latin	175333	24	18
265	Samidarish [Instrumental]	Chico Science	Latin	272431	24	18
266	Maracatu Atômico [Atomic Version]	Chico Science	Latin	273084	24	18
267	Maracatu Atômico [Ragga Mix]	Chico Science	Latin	210155	24	18
268	Maracatu Atômico [Trip Hop]	Chico Science	Latin	221492	24	18
269	Banditismo Por Uma Questa	\N	Latin	307095	25	18
270	Banditismo Por Uma Questa	\N	Latin	243644	25	18
271	Rios Pontes & Overdrives	\N	Latin	286720	25	18
272	Cidade	\N	Latin	216346	25	18
273	Praiera	\N	Latin	183640	25	18
274	Samba Makossa	\N	Latin	271856	25	18
275	Da Lama Ao Caos	\N	Latin	251559	25	18
276	Maracatu De Tiro Certeiro	\N	Latin	88868	25	18
277	Salustiano Song	\N	Latin	215405	25	18
278	Antene Se	\N	Latin	248372	25	18
279	Risoflora	\N	Latin	105586	25	18
280	Lixo Do Mangue	\N	Latin	193253	25	18
281	Computadores Fazem Arte	\N	Latin	404323	25	18
282	Girassol	Bino Farias/Da Gama/Lazão/Pedro Luis/Toni Garrido	Reggae	249808	26	19
283	A Sombra Da Maldade	Da Gama/Toni Garrido	Reggae	230922	26	19
284	Johnny B. Goode	Chuck Berry	Reggae	254615	26	19
285	Soldado Da Paz	Herbert Vianna	Reggae	194220	26	19
286	Firmamento	Bino Farias/Da Gama/Henry Lawes/Lazão/Toni Garrido/Winston Foser-Vers	Reggae	222145	26	19
287	Extra	Gilberto Gil	Reggae	304352	26	19
288	O Erê	Bernardo Vilhena/Bino Farias/Da Gama/Lazão/Toni Garrido	Reggae	236382	26	19
289	Podes Crer	Bino Farias/Da Gama/Lazão/Toni Garrido	Reggae	232280	26	19
290	A Estrada	Bino Farias/Da Gama/Lazão/Toni Garrido	Reggae	248842	26	19
291	Berlim	Da Gama/Toni Garrido	Reggae	207542	26	19
292	Já Foi	Bino Farias/Da Gama/Lazão/Toni Garrido	Reggae	221544	26	19
293	Onde Você Mora?	Marisa Monte/Nando Reis	Reggae	256026	26	19
294	Pensamento	Bino Farias/Da Gamma/Lazão/Rás Bernard	Reggae	173008	26	19
295	Conciliação	Da Gama/Lazão/Rás Bernardo	Reggae	257619	26	19
296	Realidade Virtual	Bino Farias/Da Gama/Lazão/Toni Garrido	Reggae	195239	26	19
297	Mensagem	Bino Farias/Da Gama/Lazão/Rás Bernardo	Reggae	225332	26	19
298	A Cor Do Sol	Bernardo Vilhena/Da Gama/Lazão	Reggae	231392	26	19
299	Onde Você Mora?	Marisa Monte/Nando Reis	Reggae	298396	27	19
300	O Erê	Bernardo Vilhena/Bino/Da Gama/Lazao/Toni Garrido	Reggae	206942	27	19
301	A Sombra Da Maldade	Da Gama/Toni Garrido	Reggae	285231	27	19
302	A Estrada	Da Gama/Lazao/Toni Garrido	Reggae	282174	27	19
303	Falar A Verdade	Bino/Da Gama/Ras Bernardo	Reggae	244950	27	19
304	Firmamento	Harry Lawes/Winston Foster-Vers	Reggae	225488	27	19
305	Pensamento	Bino/Da Gama/Ras Bernardo	Reggae	192391	27	19
306	Realidade Virtual	Bino/Da Gamma/Lazao/Toni Garrido	Reggae	240300	27	19
307	Doutor	Bino/Da Gama/Toni Garrido	Reggae	178155	27	19
308	Na Frente Da TV	Bino/Da Gama/Lazao/Ras Bernardo	Reggae	289750	27	19
309	Downtown	Cidade Negra	Reggae	239725	27	19
310	Sábado A Noite	Lulu Santos	Reggae	267363	27	19
311	A Cor Do Sol	Bernardo Vilhena/Da Gama/Lazao	Reggae	273031	27	19
312	Eu Também Quero Beijar	Fausto Nilo/Moraes Moreira/Pepeu Gomes	Reggae	211147	27	19
313	Noite Do Prazer	\N	Latin	311353	28	20
314	À Francesa	\N	Latin	244532	28	20
315	Cada Um Cada Um (A Namoradeira)	\N	Latin	253492	28	20
316	Linha Do Equador	\N	Latin	244715	28	20
317	Amor Demais	\N	Latin	254040	28	20
318	Férias	\N	Latin	264202	28	20
319	Gostava Tanto De Você	\N	Latin	230452	28	20
320	Flor Do Futuro	\N	Latin	275748	28	20
321	Felicidade Urgente	\N	Latin	266605	28	20
322	Livre Pra Viver	\N	Latin	214595	28	20
323	Dig-Dig, Lambe-Lambe (Ao Vivo)	Cassiano Costa/Cintia Maviane/J.F./Lucas Costa	Pop	205479	29	21
324	Pererê	Augusto Conceição/Chiclete Com Banana	Pop	198661	29	21
325	TriboTchan	Cal Adan/Paulo Levi	Pop	194194	29	21
326	Tapa Aqui, Descobre Ali	Paulo Levi/W. Rangel	Pop	188630	29	21
327	Daniela	Jorge Cardoso/Pierre Onasis	Pop	230791	29	21
328	Bate Lata	Fábio Nolasco/Gal Sales/Ivan Brasil	Pop	206733	29	21
329	Garotas do Brasil	Garay, Ricardo Engels/Luca Predabom/Ludwig, Carlos Henrique/Maurício Vieira	Pop	210155	29	21
330	Levada do Amor (Ailoviu)	Luiz Wanderley/Paulo Levi	Pop	190093	29	21
331	Lavadeira	Do Vale, Valverde/Gal Oliveira/Luciano Pinto	Pop	214256	29	21
332	Reboladeira	Cal Adan/Ferrugem/Julinho Carioca/Tríona Ní Dhomhnaill	Pop	210599	29	21
333	É que Nessa Encarnação Eu Nasci Manga	Lucina/Luli	Pop	196519	29	21
334	Reggae Tchan	Cal Adan/Del Rey, Tension/Edu Casanova	Pop	206654	29	21
335	My Love	Jauperi/Zeu Góes	Pop	203493	29	21
336	Latinha de Cerveja	Adriano Bernandes/Edmar Neves	Pop	166687	29	21
337	You Shook Me	J B Lenoir/Willie Dixon	Rock	315951	30	22
338	I Can't Quit You Baby	Willie Dixon	Rock	263836	30	22
339	Communication Breakdown	Jimmy Page/John Bonham/John Paul Jones	Rock	192653	30	22
340	Dazed and Confused	Jimmy Page	Rock	401920	30	22
341	The Girl I Love She Got Long Black Wavy Hair	Jimmy Page/John Bonham/John Estes/John Paul Jones/Robert Plant	Rock	183327	30	22
342	What is and Should Never Be	Jimmy Page/Robert Plant	Rock	260675	30	22
343	Communication Breakdown(2)	Jimmy Page/John Bonham/John Paul Jones	Rock	161149	30	22
344	Travelling Riverside Blues	Jimmy Page/Robert Johnson/Robert Plant	Rock	312032	30	22
345	Whole Lotta Love	Jimmy Page/John Bonham/John Paul Jones/Robert Plant/Willie Dixon	Rock	373394	30	22
346	Somethin' Else	Bob Cochran/Sharon Sheeley	Rock	127869	30	22
347	Communication Breakdown(3)	Jimmy Page/John Bonham/John Paul Jones	Rock	185260	30	22
348	I Can't Quit You Baby(2)	Willie Dixon	Rock	380551	30	22
349	You Shook Me(2)	J B Lenoir/Willie Dixon	Rock	619467	30	22
350	How Many More Times	Chester Burnett/Jimmy Page/John Bonham/John Paul Jones/Robert Plant	Rock	711836	30	22
351	Debra Kadabra	Frank Zappa	Rock	234553	31	23
352	Carolina Hard-Core Ecstasy	Frank Zappa	Rock	359680	31	23
353	Sam With The Showing Scalp Flat Top	Don Van Vliet	Rock	171284	31	23
354	Poofter's Froth Wyoming Plans Ahead	Frank Zappa	Rock	183902	31	23
355	200 Years Old	Frank Zappa	Rock	272561	31	23
356	Cucamonga	Frank Zappa	Rock	144483	31	23
357	Advance Romance	Frank Zappa	Rock	677694	31	23
358	Man With The Woman Head	Don Van Vliet	Rock	88894	31	23
359	Muffin Man	Frank Zappa	Rock	332878	31	23
360	Vai-Vai 2001	\N	Soundtrack	276349	32	21
361	X-9 2001	\N	Soundtrack	273920	32	21
362	Gavioes 2001	\N	Soundtrack	282723	32	21
363	Nene 2001	\N	Soundtrack	284969	32	21
364	Rosas De Ouro 2001	\N	Soundtrack	284342	32	21
365	Mocidade Alegre 2001	\N	Soundtrack	282488	32	21
366	Camisa Verde 2001	\N	Soundtrack	283454	32	21
367	Leandro De Itaquera 2001	\N	Soundtrack	274808	32	21
368	Tucuruvi 2001	\N	Soundtrack	287921	32	21
369	Aguia De Ouro 2001	\N	Soundtrack	284160	32	21
370	Ipiranga 2001	\N	Soundtrack	248293	32	21
371	Morro Da Casa Verde 2001	\N	Soundtrack	284708	32	21
372	Perola Negra 2001	\N	Soundtrack	281626	32	21
373	Sao Lucas 2001	\N	Soundtrack	296254	32	21
374	Guanabara	Marcos Valle	Latin	247614	33	24
375	Mas Que Nada	Jorge Ben	Latin	248398	33	24
376	Vôo Sobre o Horizonte	J.r.Bertami/Parana	Latin	225097	33	24
377	A Paz	Donato/Gilberto Gil	Latin	263183	33	24
378	Wave (Vou te Contar)	Antonio Carlos Jobim	Latin	271647	33	24
379	Água de Beber	Antonio Carlos Jobim/Vinicius de Moraes	Latin	146677	33	24
380	Samba da Bençaco	Baden Powell/Vinicius de Moraes	Latin	282200	33	24
381	Pode Parar	Jorge Vercilo/Jota Maranhao	Latin	179408	33	24
382	Menino do Rio	Caetano Veloso	Latin	262713	33	24
383	Ando Meio Desligado	Caetano Veloso	Latin	195813	33	24
384	Mistério da Raça	Luiz Melodia/Ricardo Augusto	Latin	184320	33	24
385	All Star	Nando Reis	Latin	176326	33	24
386	Menina Bonita	Alexandre Brazil/Pedro Luis/Rodrigo Cabelo	Latin	237087	33	24
387	Pescador de Ilusões	Macelo Yuka/O Rappa	Latin	245524	33	24
388	À Vontade (Live Mix)	Bombom/Ed Motta	Latin	180636	33	24
389	Maria Fumaça	Luiz Carlos/Oberdan	Latin	141008	33	24
390	Sambassim (dj patife remix)	Alba Carvalho/Fernando Porto	Latin	213655	33	24
391	Garota De Ipanema	Vários	Latin	279536	34	6
392	Tim Tim Por Tim Tim	Vários	Latin	213237	34	6
393	Tarde Em Itapoã	Vários	Latin	313704	34	6
394	Tanto Tempo	Vários	Latin	170292	34	6
395	Eu Vim Da Bahia - Live	Vários	Latin	157988	34	6
396	Alô Alô Marciano	Vários	Latin	238106	34	6
397	Linha Do Horizonte	Vários	Latin	279484	34	6
398	Only A Dream In Rio	Vários	Latin	371356	34	6
399	Abrir A Porta	Vários	Latin	271960	34	6
400	Alice	Vários	Latin	165982	34	6
401	Momentos Que Marcam	Vários	Latin	280137	34	6
402	Um Jantar Pra Dois	Vários	Latin	237714	34	6
403	Bumbo Da Mangueira	Vários	Latin	270158	34	6
404	Mr Funk Samba	Vários	Latin	213890	34	6
405	Santo Antonio	Vários	Latin	162716	34	6
406	Por Você	Vários	Latin	205557	34	6
407	Só Tinha De Ser Com Você	Vários	Latin	389642	34	6
408	Free Speech For The Dumb	Molaney/Morris/Roberts/Wainwright	Metal	155428	35	50
409	It's Electric	Harris/Tatler	Metal	213995	35	50
410	Sabbra Cadabra	Black Sabbath	Metal	380342	35	50
411	Turn The Page	Seger	Metal	366524	35	50
412	Die Die My Darling	Danzig	Metal	149315	35	50
413	Loverman	Cave	Metal	472764	35	50
414	Mercyful Fate	Diamond/Shermann	Metal	671712	35	50
415	Astronomy	A.Bouchard/J.Bouchard/S.Pearlman	Metal	397531	35	50
416	Whiskey In The Jar	Traditional	Metal	305005	35	50
417	Tuesday's Gone	Collins/Van Zandt	Metal	545750	35	50
418	The More I See	Molaney/Morris/Roberts/Wainwright	Metal	287973	35	50
419	A Kind Of Magic	Roger Taylor	Rock	262608	36	51
420	Under Pressure	Queen & David Bowie	Rock	236617	36	51
421	Radio GA GA	Roger Taylor	Rock	343745	36	51
422	I Want It All	Queen	Rock	241684	36	51
423	I Want To Break Free	John Deacon	Rock	259108	36	51
424	Innuendo	Queen	Rock	387761	36	51
425	It's A Hard Life	Freddie Mercury	Rock	249417	36	51
426	Breakthru	Queen	Rock	249234	36	51
427	Who Wants To Live Forever	Brian May	Rock	297691	36	51
428	Headlong	Queen	Rock	273057	36	51
429	The Miracle	Queen	Rock	294974	36	51
430	I'm Going Slightly Mad	Queen	Rock	248032	36	51
431	The Invisible Man	Queen	Rock	238994	36	51
432	Hammer To Fall	Brian May	Rock	220316	36	51
433	Friends Will Be Friends	Freddie Mercury & John Deacon	Rock	248920	36	51
434	The Show Must Go On	Queen	Rock	263784	36	51
435	One Vision	Queen	Rock	242599	36	51
436	Detroit Rock City	Paul Stanley, B. Ezrin	Rock	218880	37	52
437	Black Diamond	Paul Stanley	Rock	314148	37	52
438	Hard Luck Woman	Paul Stanley	Rock	216032	37	52
439	Sure Know Something	Paul Stanley, Vincent Poncia	Rock	242468	37	52
440	Love Gun	Paul Stanley	Rock	196257	37	52
441	Deuce	Gene Simmons	Rock	185077	37	52
442	Goin' Blind	Gene Simmons, S. Coronel	Rock	216215	37	52
443	Shock Me	Ace Frehley	Rock	227291	37	52
444	Do You Love Me	Paul Stanley, B. Ezrin, K. Fowley	Rock	214987	37	52
445	She	Gene Simmons, S. Coronel	Rock	248346	37	52
446	I Was Made For Loving You	Paul Stanley, Vincent Poncia, Desmond Child	Rock	271360	37	52
447	Shout It Out Loud	Paul Stanley, Gene Simmons, B. Ezrin	Rock	219742	37	52
448	God Of Thunder	Paul Stanley	Rock	255791	37	52
449	Calling Dr. Love	Gene Simmons	Rock	225332	37	52
450	Beth	S. Penridge, Bob Ezrin, Peter Criss	Rock	166974	37	52
451	Strutter	Paul Stanley, Gene Simmons	Rock	192496	37	52
452	Rock And Roll All Nite	Paul Stanley, Gene Simmons	Rock	173609	37	52
453	Cold Gin	Ace Frehley	Rock	262243	37	52
454	Plaster Caster	Gene Simmons	Rock	207333	37	52
455	God Gave Rock 'n' Roll To You	Paul Stanley, Gene Simmons, Rus Ballard, Bob Ezrin	Rock	320444	37	52
456	Heart of the Night	\N	Jazz	273737	38	53
457	De La Luz	\N	Jazz	315219	38	53
458	Westwood Moon	\N	Jazz	295627	38	53
459	Midnight	\N	Jazz	266866	38	53
460	Playtime	\N	Jazz	273580	38	53
461	Surrender	\N	Jazz	287634	38	53
462	Valentino's	\N	Jazz	296124	38	53
463	Believe	\N	Jazz	310778	38	53
464	As We Sleep	\N	Jazz	316865	38	53
465	When Evening Falls	\N	Jazz	298135	38	53
466	J Squared	\N	Jazz	288757	38	53
467	Best Thing	\N	Jazz	274259	38	53
468	Maria	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	167262	39	54
469	Poprocks And Coke	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	158354	39	54
470	Longview	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	234083	39	54
471	Welcome To Paradise	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	224208	39	54
472	Basket Case	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	181629	39	54
473	When I Come Around	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	178364	39	54
474	She	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	134164	39	54
475	J.A.R. (Jason Andrew Relva)	Mike Dirnt -Words Green Day -Music	Alternative & Punk	170997	39	54
476	Geek Stink Breath	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	135888	39	54
477	Brain Stew	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	193149	39	54
478	Jaded	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	90331	39	54
479	Walking Contradiction	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	151170	39	54
480	Stuck With Me	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	135523	39	54
481	Hitchin' A Ride	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	171546	39	54
482	Good Riddance (Time Of Your Life)	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	153600	39	54
483	Redundant	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	198164	39	54
484	Nice Guys Finish Last	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	170187	39	54
485	Minority	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	168803	39	54
486	Warning	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	221910	39	54
487	Waiting	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	192757	39	54
488	Macy's Day Parade	Billie Joe Armstrong -Words Green Day -Music	Alternative & Punk	213420	39	54
489	Into The Light	David Coverdale	Rock	76303	40	55
490	River Song	David Coverdale	Rock	439510	40	55
491	She Give Me ...	David Coverdale	Rock	252551	40	55
492	Don't You Cry	David Coverdale	Rock	347036	40	55
493	Love Is Blind	David Coverdale/Earl Slick	Rock	344999	40	55
494	Slave	David Coverdale/Earl Slick	Rock	291892	40	55
495	Cry For Love	Bossi/David Coverdale/Earl Slick	Rock	293015	40	55
496	Living On Love	Bossi/David Coverdale/Earl Slick	Rock	391549	40	55
497	Midnight Blue	David Coverdale/Earl Slick	Rock	298631	40	55
498	Too Many Tears	Adrian Vanderberg/David Coverdale	Rock	359497	40	55
499	Don't Lie To Me	David Coverdale/Earl Slick	Rock	283585	40	55
500	Wherever You May Go	David Coverdale	Rock	239699	40	55
501	Grito De Alerta	Gonzaga Jr.	Latin	202213	41	56
502	Não Dá Mais Pra Segurar (Explode Coração)	\N	Latin	219768	41	56
503	Começaria Tudo Outra Vez	\N	Latin	196545	41	56
504	O Que É O Que É ?	\N	Latin	259291	41	56
505	Sangrando	Gonzaga Jr/Gonzaguinha	Latin	169717	41	56
506	Diga Lá, Coração	\N	Latin	255921	41	56
507	Lindo Lago Do Amor	Gonzaga Jr.	Latin	249678	41	56
508	Eu Apenas Queria Que Voçê Soubesse	\N	Latin	155637	41	56
509	Com A Perna No Mundo	Gonzaga Jr.	Latin	227448	41	56
510	E Vamos À Luta	\N	Latin	222406	41	56
511	Um Homem Também Chora (Guerreiro Menino)	\N	Latin	207229	41	56
512	Comportamento Geral	Gonzaga Jr	Latin	181577	41	56
513	Ponto De Interrogação	\N	Latin	180950	41	56
514	Espere Por Mim, Morena	Gonzaguinha	Latin	207072	41	56
515	Meia-Lua Inteira	\N	Latin	222093	23	17
516	Voce e Linda	\N	Latin	242938	23	17
517	Um Indio	\N	Latin	195944	23	17
518	Podres Poderes	\N	Latin	259761	23	17
519	Voce Nao Entende Nada - Cotidiano	\N	Latin	421982	23	17
520	O Estrangeiro	\N	Latin	374700	23	17
521	Menino Do Rio	\N	Latin	147670	23	17
522	Qualquer Coisa	\N	Latin	193410	23	17
523	Sampa	\N	Latin	185051	23	17
524	Queixa	\N	Latin	299676	23	17
525	O Leaozinho	\N	Latin	184398	23	17
526	Fora Da Ordem	\N	Latin	354011	23	17
527	Terra	\N	Latin	401319	23	17
528	Alegria, Alegria	\N	Latin	169221	23	17
529	Balada Do Louco	Arnaldo Baptista - Rita Lee	Alternative & Punk	241057	42	57
530	Ando Meio Desligado	Arnaldo Baptista - Rita Lee -  Sérgio Dias	Alternative & Punk	287817	42	57
531	Top Top	Os Mutantes - Arnolpho Lima Filho	Alternative & Punk	146938	42	57
532	Baby	Caetano Veloso	Alternative & Punk	177188	42	57
533	A E O Z	Mutantes	Alternative & Punk	518556	42	57
534	Panis Et Circenses	Caetano Veloso - Gilberto Gil	Alternative & Punk	125152	42	57
535	Chão De Estrelas	Orestes Barbosa-Sílvio Caldas	Alternative & Punk	284813	42	57
536	Vida De Cachorro	Rita Lee - Arnaldo Baptista - Sérgio Baptista	Alternative & Punk	195186	42	57
537	Bat Macumba	Gilberto Gil - Caetano Veloso	Alternative & Punk	187794	42	57
538	Desculpe Babe	Arnaldo Baptista - Rita Lee	Alternative & Punk	170422	42	57
539	Rita Lee	Arnaldo Baptista/Rita Lee/Sérgio Dias	Alternative & Punk	189257	42	57
540	Posso Perder Minha Mulher, Minha Mãe, Desde Que Eu Tenha O Rock And Roll	Arnaldo Baptista - Rita Lee - Arnolpho Lima Filho	Alternative & Punk	222955	42	57
541	Banho De Lua	B. de Filippi - F. Migliaci - Versão: Fred Jorge	Alternative & Punk	221831	42	57
542	Meu Refrigerador Não Funciona	Arnaldo Baptista - Rita Lee - Sérgio Dias	Alternative & Punk	382981	42	57
543	Burn	Coverdale/Lord/Paice	Rock	453955	43	58
544	Stormbringer	Coverdale	Rock	277133	43	58
545	Gypsy	Coverdale/Hughes/Lord/Paice	Rock	339173	43	58
546	Lady Double Dealer	Coverdale	Rock	233586	43	58
547	Mistreated	Coverdale	Rock	758648	43	58
548	Smoke On The Water	Gillan/Glover/Lord/Paice	Rock	618031	43	58
549	You Fool No One	Coverdale/Lord/Paice	Rock	804101	43	58
550	Custard Pie	Jimmy Page/Robert Plant	Rock	253962	44	22
551	The Rover	Jimmy Page/Robert Plant	Rock	337084	44	22
552	In My Time Of Dying	John Bonham/John Paul Jones	Rock	666017	44	22
553	Houses Of The Holy	Jimmy Page/Robert Plant	Rock	242494	44	22
554	Trampled Under Foot	John Paul Jones	Rock	336692	44	22
555	Kashmir	John Bonham	Rock	508604	44	22
556	Imperatriz	Guga/Marquinho Lessa/Tuninho Professor	Latin	339173	45	21
557	Beija-Flor	Caruso/Cleber/Deo/Osmar	Latin	327000	45	21
558	Viradouro	Dadinho/Gilbreto Gomes/Gustavo/P.C. Portugal/R. Mocoto	Latin	344320	45	21
559	Mocidade	Domenil/J. Brito/Joaozinho/Rap, Marcelo Do	Latin	261720	45	21
560	Unidos Da Tijuca	Douglas/Neves, Vicente Das/Silva, Gilmar L./Toninho Gentil/Wantuir	Latin	338834	45	21
561	Salgueiro	Augusto/Craig Negoescu/Rocco Filho/Saara, Ze Carlos Da	Latin	305920	45	21
562	Mangueira	Bizuca/Clóvis Pê/Gilson Bernini/Marelo D'Aguia	Latin	298318	45	21
563	União Da Ilha	Dito/Djalma Falcao/Ilha, Almir Da/Márcio André	Latin	330945	45	21
564	Grande Rio	Carlos Santos/Ciro/Claudio Russo/Zé Luiz	Latin	307252	45	21
565	Portela	Flavio Bororo/Paulo Apparicio/Wagner Alves/Zeca Sereno	Latin	319608	45	21
566	Caprichosos	Gule/Jorge 101/Lequinho/Luiz Piao	Latin	351320	45	21
567	Tradição	Adalto Magalha/Lourenco	Latin	269165	45	21
568	Império Serrano	Arlindo Cruz/Carlos Sena/Elmo Caetano/Mauricao	Latin	334942	45	21
569	Tuiuti	Claudio Martins/David Lima/Kleber Rodrigues/Livre, Cesare Som	Latin	259657	45	21
570	(Da Le) Yaleo	Santana	Rock	353488	46	59
571	Love Of My Life	Carlos Santana & Dave Matthews	Rock	347820	46	59
572	Put Your Lights On	E. Shrody	Rock	285178	46	59
573	Africa Bamba	I. Toure, S. Tidiane Toure, Carlos Santana & K. Perazzo	Rock	282827	46	59
574	Smooth	M. Itaal Shur & Rob Thomas	Rock	298161	46	59
575	Do You Like The Way	L. Hill	Rock	354899	46	59
576	Maria Maria	W. Jean, J. Duplessis, Carlos Santana, K. Perazzo & R. Rekow	Rock	262635	46	59
577	Migra	R. Taha, Carlos Santana & T. Lindsay	Rock	329064	46	59
578	Corazon Espinado	F. Olivera	Rock	276114	46	59
579	Wishing It Was	Eale-Eye Cherry, M. Simpson, J. King & M. Nishita	Rock	292832	46	59
580	El Farol	Carlos Santana & KC Porter	Rock	291160	46	59
581	Primavera	KC Porter & JB Eckl	Rock	378618	46	59
582	The Calling	Carlos Santana & C. Thompson	Rock	747755	46	59
583	Solução	\N	Latin	247431	47	37
584	Manuel	\N	Latin	230269	47	37
585	Entre E Ouça	\N	Latin	286302	47	37
586	Um Contrato Com Deus	\N	Latin	202501	47	37
587	Um Jantar Pra Dois	\N	Latin	244009	47	37
588	Vamos Dançar	\N	Latin	226194	47	37
589	Um Love	\N	Latin	181603	47	37
590	Seis Da Tarde	\N	Latin	238445	47	37
591	Baixo Rio	\N	Latin	198008	47	37
592	Sombras Do Meu Destino	\N	Latin	280685	47	37
593	Do You Have Other Loves?	\N	Latin	295235	47	37
594	Agora Que O Dia Acordou	\N	Latin	323213	47	37
595	Já!!!	\N	Latin	217782	47	37
596	A Rua	\N	Latin	238027	47	37
597	Now's The Time	Miles Davis	Jazz	197459	48	68
598	Jeru	Miles Davis	Jazz	193410	48	68
599	Compulsion	Miles Davis	Jazz	345025	48	68
600	Tempus Fugit	Miles Davis	Jazz	231784	48	68
601	Walkin'	Miles Davis	Jazz	807392	48	68
602	'Round Midnight	Miles Davis	Jazz	357459	48	68
603	Bye Bye Blackbird	Miles Davis	Jazz	476003	48	68
604	New Rhumba	Miles Davis	Jazz	277968	48	68
605	Generique	Miles Davis	Jazz	168777	48	68
606	Summertime	Miles Davis	Jazz	200437	48	68
607	So What	Miles Davis	Jazz	564009	48	68
608	The Pan Piper	Miles Davis	Jazz	233769	48	68
609	Someday My Prince Will Come	Miles Davis	Jazz	544078	48	68
610	My Funny Valentine (Live)	Miles Davis	Jazz	907520	49	68
611	E.S.P.	Miles Davis	Jazz	330684	49	68
612	Nefertiti	Miles Davis	Jazz	473495	49	68
613	Petits Machins (Little Stuff)	Miles Davis	Jazz	487392	49	68
614	Miles Runs The Voodoo Down	Miles Davis	Jazz	843964	49	68
615	Little Church (Live)	Miles Davis	Jazz	196101	49	68
616	Black Satin	Miles Davis	Jazz	316682	49	68
617	Jean Pierre (Live)	Miles Davis	Jazz	243461	49	68
618	Time After Time	Miles Davis	Jazz	220734	49	68
619	Portia	Miles Davis	Jazz	378775	49	68
620	Space Truckin'	Blackmore/Gillan/Glover/Lord/Paice	Rock	1196094	50	58
621	Going Down / Highway Star	Gillan/Glover/Lord/Nix - Blackmore/Paice	Rock	913658	50	58
622	Mistreated (Alternate Version)	Blackmore/Coverdale	Rock	854700	50	58
623	You Fool No One (Alternate Version)	Blackmore/Coverdale/Lord/Paice	Rock	763924	50	58
624	Jeepers Creepers	\N	Jazz	185965	51	69
625	Blue Rythm Fantasy	\N	Jazz	348212	51	69
626	Drum Boogie	\N	Jazz	191555	51	69
627	Let Me Off Uptown	\N	Jazz	187637	51	69
628	Leave Us Leap	\N	Jazz	182726	51	69
629	Opus No.1	\N	Jazz	179800	51	69
630	Boogie Blues	\N	Jazz	204199	51	69
631	How High The Moon	\N	Jazz	201430	51	69
632	Disc Jockey Jump	\N	Jazz	193149	51	69
633	Up An' Atom	\N	Jazz	179565	51	69
634	Bop Boogie	\N	Jazz	189596	51	69
635	Lemon Drop	\N	Jazz	194089	51	69
636	Coronation Drop	\N	Jazz	176222	51	69
637	Overtime	\N	Jazz	163030	51	69
638	Imagination	\N	Jazz	289306	51	69
639	Don't Take Your Love From Me	\N	Jazz	282331	51	69
640	Midget	\N	Jazz	217025	51	69
641	I'm Coming Virginia	\N	Jazz	280163	51	69
642	Payin' Them Dues Blues	\N	Jazz	198556	51	69
643	Jungle Drums	\N	Jazz	199627	51	69
644	Showcase	\N	Jazz	201560	51	69
645	Swedish Schnapps	\N	Jazz	191268	51	69
646	Samba Da Bênção	\N	Bossa Nova	409965	52	70
647	Pot-Pourri N.º 4	\N	Bossa Nova	392437	52	70
648	Onde Anda Você	\N	Bossa Nova	168437	52	70
649	Samba Da Volta	\N	Bossa Nova	170631	52	70
650	Canto De Ossanha	\N	Bossa Nova	204956	52	70
651	Pot-Pourri N.º 5	\N	Bossa Nova	219898	52	70
652	Formosa	\N	Bossa Nova	137482	52	70
653	Como É Duro Trabalhar	\N	Bossa Nova	226168	52	70
654	Minha Namorada	\N	Bossa Nova	244297	52	70
655	Por Que Será	\N	Bossa Nova	162142	52	70
656	Berimbau	\N	Bossa Nova	190667	52	70
657	Deixa	\N	Bossa Nova	179826	52	70
658	Pot-Pourri N.º 2	\N	Bossa Nova	211748	52	70
659	Samba Em Prelúdio	\N	Bossa Nova	212636	52	70
660	Carta Ao Tom 74	\N	Bossa Nova	162560	52	70
661	Linha de Passe (João Bosco)	\N	Latin	230948	53	21
662	Pela Luz dos Olhos Teus (Miúcha e Tom Jobim)	\N	Latin	163970	53	21
663	Chão de Giz (Elba Ramalho)	\N	Latin	274834	53	21
664	Marina (Dorival Caymmi)	\N	Latin	172643	53	21
665	Aquarela (Toquinho)	\N	Latin	259944	53	21
666	Coração do Agreste (Fafá de Belém)	\N	Latin	258194	53	21
667	Dona (Roupa Nova)	\N	Latin	243356	53	21
668	Começaria Tudo Outra Vez (Maria Creuza)	\N	Latin	206994	53	21
669	Caçador de Mim (Sá & Guarabyra)	\N	Latin	238341	53	21
670	Romaria (Renato Teixeira)	\N	Latin	244793	53	21
671	As Rosas Não Falam (Beth Carvalho)	\N	Latin	116767	53	21
672	Wave (Os Cariocas)	\N	Latin	130063	53	21
673	Garota de Ipanema (Dick Farney)	\N	Latin	174367	53	21
674	Preciso Apender a Viver Só (Maysa)	\N	Latin	143464	53	21
675	Susie Q	Hawkins-Lewis-Broadwater	Rock	275565	54	76
676	I Put A Spell On You	Jay Hawkins	Rock	272091	54	76
677	Proud Mary	J. C. Fogerty	Rock	189022	54	76
678	Bad Moon Rising	J. C. Fogerty	Rock	140146	54	76
679	Lodi	J. C. Fogerty	Rock	191451	54	76
680	Green River	J. C. Fogerty	Rock	154279	54	76
681	Commotion	J. C. Fogerty	Rock	162899	54	76
682	Down On The Corner	J. C. Fogerty	Rock	164858	54	76
683	Fortunate Son	J. C. Fogerty	Rock	140329	54	76
684	Travelin' Band	J. C. Fogerty	Rock	129358	54	76
685	Who'll Stop The Rain	J. C. Fogerty	Rock	149394	54	76
686	Up Around The Bend	J. C. Fogerty	Rock	162429	54	76
687	Run Through The Jungle	J. C. Fogerty	Rock	186044	54	76
688	Lookin' Out My Back Door	J. C. Fogerty	Rock	152946	54	76
689	Long As I Can See The Light	J. C. Fogerty	Rock	213237	54	76
690	I Heard It Through The Grapevine	Whitfield-Strong	Rock	664894	54	76
691	Have You Ever Seen The Rain?	J. C. Fogerty	Rock	160052	54	76
692	Hey Tonight	J. C. Fogerty	Rock	162847	54	76
693	Sweet Hitch-Hiker	J. C. Fogerty	Rock	175490	54	76
694	Someday Never Comes	J. C. Fogerty	Rock	239360	54	76
695	Walking On The Water	J.C. Fogerty	Rock	281286	55	76
696	Suzie-Q, Pt. 2	J.C. Fogerty	Rock	244114	55	76
697	Born On The Bayou	J.C. Fogerty	Rock	316630	55	76
698	Good Golly Miss Molly	J.C. Fogerty	Rock	163604	55	76
699	Tombstone Shadow	J.C. Fogerty	Rock	218880	55	76
700	Wrote A Song For Everyone	J.C. Fogerty	Rock	296385	55	76
701	Night Time Is The Right Time	J.C. Fogerty	Rock	190119	55	76
702	Cotton Fields	J.C. Fogerty	Rock	178181	55	76
703	It Came Out Of The Sky	J.C. Fogerty	Rock	176718	55	76
704	Don't Look Now	J.C. Fogerty	Rock	131918	55	76
705	The Midnight Special	J.C. Fogerty	Rock	253596	55	76
706	Before You Accuse Me	J.C. Fogerty	Rock	207804	55	76
707	My Baby Left Me	J.C. Fogerty	Rock	140460	55	76
708	Pagan Baby	J.C. Fogerty	Rock	385619	55	76
709	(Wish I Could) Hideaway	J.C. Fogerty	Rock	228466	55	76
710	It's Just A Thought	J.C. Fogerty	Rock	237374	55	76
711	Molina	J.C. Fogerty	Rock	163239	55	76
712	Born To Move	J.C. Fogerty	Rock	342804	55	76
713	Lookin' For A Reason	J.C. Fogerty	Rock	209789	55	76
714	Hello Mary Lou	J.C. Fogerty	Rock	132832	55	76
715	Gatas Extraordinárias	\N	Latin	212506	56	77
716	Brasil	\N	Latin	243696	56	77
717	Eu Sou Neguinha (Ao Vivo)	\N	Latin	251768	56	77
718	Geração Coca-Cola (Ao Vivo)	\N	Latin	228153	56	77
719	Lanterna Dos Afogados	\N	Latin	204538	56	77
720	Coroné Antonio Bento	\N	Latin	200437	56	77
721	Você Passa, Eu Acho Graça (Ao Vivo)	\N	Latin	206733	56	77
722	Meu Mundo Fica Completo (Com Você)	\N	Latin	247771	56	77
723	1° De Julho	\N	Latin	270262	56	77
724	Música Urbana 2	\N	Latin	194899	56	77
725	Vida Bandida (Ao Vivo)	\N	Latin	192626	56	77
726	Palavras Ao Vento	\N	Latin	212453	56	77
727	Não Sei O Que Eu Quero Da Vida	\N	Latin	151849	56	77
728	Woman Is The Nigger Of The World (Ao Vivo)	\N	Latin	298919	56	77
729	Juventude Transviada (Ao Vivo)	\N	Latin	278622	56	77
730	Malandragem	\N	Latin	247588	57	77
731	O Segundo Sol	\N	Latin	252133	57	77
732	Smells Like Teen Spirit (Ao Vivo)	\N	Latin	316865	57	77
733	E.C.T.	\N	Latin	227500	57	77
734	Todo Amor Que Houver Nesta Vida	\N	Latin	227160	57	77
735	Metrô. Linha 743	\N	Latin	174654	57	77
736	Nós (Ao Vivo)	\N	Latin	193828	57	77
737	Na Cadência Do Samba	\N	Latin	196075	57	77
738	Admirável Gado Novo	\N	Latin	274390	57	77
739	Eleanor Rigby	\N	Latin	189466	57	77
740	Socorro	\N	Latin	258586	57	77
741	Blues Da Piedade	\N	Latin	257123	57	77
742	Rubens	\N	Latin	211853	57	77
1554	Turbo Lover	\N	Metal	335542	125	98
743	Não Deixe O Samba Morrer - Cassia Eller e Alcione	\N	Latin	268173	57	77
744	Mis Penas Lloraba Yo (Ao Vivo) Soy Gitano (Tangos)	\N	Latin	188473	57	77
745	Comin' Home	Bolin/Coverdale/Paice	Rock	235781	58	58
746	Lady Luck	Cook/Coverdale	Rock	168202	58	58
747	Gettin' Tighter	Bolin/Hughes	Rock	218044	58	58
748	Dealer	Bolin/Coverdale	Rock	230922	58	58
749	I Need Love	Bolin/Coverdale	Rock	263836	58	58
750	Drifter	Bolin/Coverdale	Rock	242834	58	58
751	Love Child	Bolin/Coverdale	Rock	188160	58	58
752	This Time Around / Owed to 'G' [Instrumental]	Bolin/Hughes/Lord	Rock	370102	58	58
753	You Keep On Moving	Coverdale/Hughes	Rock	319111	58	58
754	Speed King	Blackmore, Gillan, Glover, Lord, Paice	Rock	264385	59	58
755	Bloodsucker	Blackmore, Gillan, Glover, Lord, Paice	Rock	256261	59	58
756	Child In Time	Blackmore, Gillan, Glover, Lord, Paice	Rock	620460	59	58
757	Flight Of The Rat	Blackmore, Gillan, Glover, Lord, Paice	Rock	478302	59	58
758	Into The Fire	Blackmore, Gillan, Glover, Lord, Paice	Rock	210259	59	58
759	Living Wreck	Blackmore, Gillan, Glover, Lord, Paice	Rock	274886	59	58
760	Hard Lovin' Man	Blackmore, Gillan, Glover, Lord, Paice	Rock	431203	59	58
761	Fireball	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	204721	60	58
762	No No No	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	414902	60	58
763	Strange Kind Of Woman	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	247092	60	58
764	Anyone's Daughter	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	284682	60	58
765	The Mule	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	322063	60	58
766	Fools	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	500427	60	58
767	No One Came	Ritchie Blackmore, Ian Gillan, Roger Glover, Jon Lord, Ian Paice	Rock	385880	60	58
768	Knocking At Your Back Door	Richie Blackmore, Ian Gillian, Roger Glover	Rock	424829	61	58
769	Bad Attitude	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord	Rock	307905	61	58
770	Child In Time (Son Of Aleric - Instrumental)	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord, Ian Paice	Rock	602880	61	58
771	Nobody's Home	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord, Ian Paice	Rock	243017	61	58
772	Black Night	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord, Ian Paice	Rock	368770	61	58
773	Perfect Strangers	Richie Blackmore, Ian Gillian, Roger Glover	Rock	321149	61	58
774	The Unwritten Law	Richie Blackmore, Ian Gillian, Roger Glover, Ian Paice	Rock	295053	61	58
775	Call Of The Wild	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord	Rock	293851	61	58
776	Hush	South	Rock	213054	61	58
777	Smoke On The Water	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord, Ian Paice	Rock	464378	61	58
778	Space Trucking	Richie Blackmore, Ian Gillian, Roger Glover, Jon Lord, Ian Paice	Rock	341185	61	58
779	Highway Star	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	368770	62	58
780	Maybe I'm A Leo	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	290455	62	58
781	Pictures Of Home	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	303777	62	58
782	Never Before	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	239830	62	58
783	Smoke On The Water	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	340871	62	58
784	Lazy	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	442096	62	58
785	Space Truckin'	Ian Gillan/Ian Paice/Jon Lord/Ritchie Blckmore/Roger Glover	Rock	272796	62	58
786	Vavoom : Ted The Mechanic	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	257384	63	58
787	Loosen My Strings	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	359680	63	58
788	Soon Forgotten	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	287791	63	58
789	Sometimes I Feel Like Screaming	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	451840	63	58
790	Cascades : I'm Not Your Lover	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	283689	63	58
791	The Aviator	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	320992	63	58
792	Rosa's Cantina	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	312372	63	58
793	A Castle Full Of Rascals	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	311693	63	58
794	A Touch Away	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	276323	63	58
795	Hey Cisco	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	354089	63	58
796	Somebody Stole My Guitar	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	249443	63	58
797	The Purpendicular Waltz	Ian Gillan, Roger Glover, Jon Lord, Steve Morse, Ian Paice	Rock	283924	63	58
798	King Of Dreams	Blackmore, Glover, Turner	Rock	328385	64	58
799	The Cut Runs Deep	Blackmore, Glover, Turner, Lord, Paice	Rock	342752	64	58
800	Fire In The Basement	Blackmore, Glover, Turner, Lord, Paice	Rock	283977	64	58
801	Truth Hurts	Blackmore, Glover, Turner	Rock	314827	64	58
802	Breakfast In Bed	Blackmore, Glover, Turner	Rock	317126	64	58
803	Love Conquers All	Blackmore, Glover, Turner	Rock	227186	64	58
804	Fortuneteller	Blackmore, Glover, Turner, Lord, Paice	Rock	349335	64	58
805	Too Much Is Not Enough	Turner, Held, Greenwood	Rock	257724	64	58
806	Wicked Ways	Blackmore, Glover, Turner, Lord, Paice	Rock	393691	64	58
807	Stormbringer	D.Coverdale/R.Blackmore/Ritchie Blackmore	Rock	246413	65	58
808	Love Don't Mean a Thing	D.Coverdale/G.Hughes/Glenn Hughes/I.Paice/Ian Paice/J.Lord/John Lord/R.Blackmore/Ritchie Blackmore	Rock	263862	65	58
809	Holy Man	D.Coverdale/G.Hughes/Glenn Hughes/J.Lord/John Lord	Rock	270236	65	58
810	Hold On	D.Coverdal/G.Hughes/Glenn Hughes/I.Paice/Ian Paice/J.Lord/John Lord	Rock	306860	65	58
811	Lady Double Dealer	D.Coverdale/R.Blackmore/Ritchie Blackmore	Rock	201482	65	58
812	You Can't Do it Right (With the One You Love)	D.Coverdale/G.Hughes/Glenn Hughes/R.Blackmore/Ritchie Blackmore	Rock	203755	65	58
813	High Ball Shooter	D.Coverdale/G.Hughes/Glenn Hughes/I.Paice/Ian Paice/J.Lord/John Lord/R.Blackmore/Ritchie Blackmore	Rock	267833	65	58
814	The Gypsy	D.Coverdale/G.Hughes/Glenn Hughes/I.Paice/Ian Paice/J.Lord/John Lord/R.Blackmore/Ritchie Blackmore	Rock	242886	65	58
815	Soldier Of Fortune	D.Coverdale/R.Blackmore/Ritchie Blackmore	Rock	193750	65	58
816	The Battle Rages On	ian paice/jon lord	Rock	356963	66	58
817	Lick It Up	roger glover	Rock	240274	66	58
818	Anya	jon lord/roger glover	Rock	392437	66	58
819	Talk About Love	roger glover	Rock	247823	66	58
820	Time To Kill	roger glover	Rock	351033	66	58
821	Ramshackle Man	roger glover	Rock	334445	66	58
822	A Twist In The Tail	roger glover	Rock	257462	66	58
823	Nasty Piece Of Work	jon lord/roger glover	Rock	276662	66	58
824	Solitaire	roger glover	Rock	282226	66	58
825	One Man's Meat	roger glover	Rock	278804	66	58
826	Pour Some Sugar On Me	\N	Rock	292519	67	78
827	Photograph	\N	Rock	248633	67	78
828	Love Bites	\N	Rock	346853	67	78
829	Let's Get Rocked	\N	Rock	296019	67	78
830	Two Steps Behind [Acoustic Version]	\N	Rock	259787	67	78
831	Animal	\N	Rock	244741	67	78
832	Heaven Is	\N	Rock	214021	67	78
833	Rocket	\N	Rock	247248	67	78
834	When Love & Hate Collide	\N	Rock	257280	67	78
835	Action	\N	Rock	220604	67	78
836	Make Love Like A Man	\N	Rock	255660	67	78
837	Armageddon It	\N	Rock	322455	67	78
838	Have You Ever Needed Someone So Bad	\N	Rock	319320	67	78
839	Rock Of Ages	\N	Rock	248424	67	78
840	Hysteria	\N	Rock	355056	67	78
841	Bringin' On The Heartbreak	\N	Rock	272457	67	78
842	Roll Call	Jim Beard	Jazz	321358	68	79
843	Otay	John Scofield, Robert Aries, Milton Chambers and Gary Grainger	Jazz	423653	68	79
844	Groovus Interruptus	Jim Beard	Jazz	319373	68	79
845	Paris On Mine	Jon Herington	Jazz	368875	68	79
846	In Time	Sylvester Stewart	Jazz	368953	68	79
847	Plan B	Dean Brown, Dennis Chambers & Jim Beard	Jazz	272039	68	79
848	Outbreak	Jim Beard & Jon Herington	Jazz	659226	68	79
849	Baltimore, DC	John Scofield	Jazz	346932	68	79
850	Talkin Loud and Saying Nothin	James Brown & Bobby Byrd	Jazz	360411	68	79
851	Pétala	\N	Latin	270080	69	80
852	Meu Bem-Querer	\N	Latin	255608	69	80
853	Cigano	\N	Latin	304692	69	80
854	Boa Noite	\N	Latin	338755	69	80
855	Fato Consumado	\N	Latin	211565	69	80
856	Faltando Um Pedaço	\N	Latin	267728	69	80
857	Álibi	\N	Latin	213237	69	80
858	Esquinas	\N	Latin	280999	69	80
859	Se...	\N	Latin	286432	69	80
860	Eu Te Devoro	\N	Latin	311614	69	80
861	Lilás	\N	Latin	274181	69	80
862	Acelerou	\N	Latin	284081	69	80
863	Um Amor Puro	\N	Latin	327784	69	80
864	Samurai	Djavan	Latin	330997	70	80
865	Nem Um Dia	Djavan	Latin	337423	70	80
866	Oceano	Djavan	Latin	217338	70	80
867	Açai	Djavan	Latin	270968	70	80
868	Serrado	Djavan	Latin	295314	70	80
869	Flor De Lis	Djavan	Latin	236355	70	80
870	Amar É Tudo	Djavan	Latin	211617	70	80
871	Azul	Djavan	Latin	253962	70	80
872	Seduzir	Djavan	Latin	277524	70	80
873	A Carta	Djavan - Gabriel, O Pensador	Latin	347297	70	80
874	Sina	Djavan	Latin	268173	70	80
875	Acelerou	Djavan	Latin	284133	70	80
876	Um Amor Puro	Djavan	Latin	327105	70	80
877	O Bêbado e a Equilibrista	\N	Latin	223059	71	41
878	O Mestre-Sala dos Mares	\N	Latin	186226	71	41
879	Atrás da Porta	\N	Latin	166608	71	41
880	Dois Pra Lá, Dois Pra Cá	\N	Latin	263026	71	41
881	Casa no Campo	\N	Latin	170788	71	41
882	Romaria	\N	Latin	242834	71	41
883	Alô, Alô, Marciano	\N	Latin	241397	71	41
884	Me Deixas Louca	\N	Latin	214831	71	41
885	Fascinação	\N	Latin	180793	71	41
886	Saudosa Maloca	\N	Latin	278125	71	41
887	As Aparências Enganam	\N	Latin	247379	71	41
888	Madalena	\N	Latin	157387	71	41
889	Maria Rosa	\N	Latin	232803	71	41
890	Aprendendo A Jogar	\N	Latin	290664	71	41
891	Layla	Clapton/Gordon	Blues	430733	72	81
892	Badge	Clapton/Harrison	Blues	163552	72	81
893	I Feel Free	Bruce/Clapton	Blues	174576	72	81
894	Sunshine Of Your Love	Bruce/Clapton	Blues	252891	72	81
895	Crossroads	Clapton/Robert Johnson Arr: Eric Clapton	Blues	253335	72	81
896	Strange Brew	Clapton/Collins/Pappalardi	Blues	167810	72	81
897	White Room	Bruce/Clapton	Blues	301583	72	81
898	Bell Bottom Blues	Clapton	Blues	304744	72	81
899	Cocaine	Cale/Clapton	Blues	215928	72	81
900	I Shot The Sheriff	Marley	Blues	263862	72	81
901	After Midnight	Clapton/J. J. Cale	Blues	191320	72	81
902	Swing Low Sweet Chariot	Clapton/Trad. Arr. Clapton	Blues	208143	72	81
903	Lay Down Sally	Clapton/Levy	Blues	231732	72	81
904	Knockin On Heavens Door	Clapton/Dylan	Blues	264411	72	81
905	Wonderful Tonight	Clapton	Blues	221387	72	81
906	Let It Grow	Clapton	Blues	297064	72	81
907	Promises	Clapton/F.eldman/Linn	Blues	180401	72	81
908	I Can't Stand It	Clapton	Blues	249730	72	81
909	Signe	Eric Clapton	Blues	193515	73	81
910	Before You Accuse Me	Eugene McDaniel	Blues	224339	73	81
911	Hey Hey	Big Bill Broonzy	Blues	196466	73	81
912	Tears In Heaven	Eric Clapton, Will Jennings	Blues	274729	73	81
913	Lonely Stranger	Eric Clapton	Blues	328724	73	81
914	Nobody Knows You When You're Down & Out	Jimmy Cox	Blues	231836	73	81
915	Layla	Eric Clapton, Jim Gordon	Blues	285387	73	81
1555	Freewheel Burning	\N	Metal	265952	125	98
916	Running On Faith	Jerry Lynn Williams	Blues	378984	73	81
917	Walkin' Blues	Robert Johnson	Blues	226429	73	81
918	Alberta	Traditional	Blues	222406	73	81
919	San Francisco Bay Blues	Jesse Fuller	Blues	203363	73	81
920	Malted Milk	Robert Johnson	Blues	216528	73	81
921	Old Love	Eric Clapton, Robert Cray	Blues	472920	73	81
922	Rollin' And Tumblin'	McKinley Morgenfield (Muddy Waters)	Blues	251768	73	81
923	Collision	Jon Hudson/Mike Patton	Alternative & Punk	204303	74	82
924	Stripsearch	Jon Hudson/Mike Bordin/Mike Patton	Alternative & Punk	270106	74	82
925	Last Cup Of Sorrow	Bill Gould/Mike Patton	Alternative & Punk	251663	74	82
926	Naked In Front Of The Computer	Mike Patton	Alternative & Punk	128757	74	82
927	Helpless	Bill Gould/Mike Bordin/Mike Patton	Alternative & Punk	326217	74	82
928	Mouth To Mouth	Bill Gould/Jon Hudson/Mike Bordin/Mike Patton	Alternative & Punk	228493	74	82
929	Ashes To Ashes	Bill Gould/Jon Hudson/Mike Bordin/Mike Patton/Roddy Bottum	Alternative & Punk	217391	74	82
930	She Loves Me Not	Bill Gould/Mike Bordin/Mike Patton	Alternative & Punk	209867	74	82
931	Got That Feeling	Mike Patton	Alternative & Punk	140852	74	82
932	Paths Of Glory	Bill Gould/Jon Hudson/Mike Bordin/Mike Patton/Roddy Bottum	Alternative & Punk	257253	74	82
933	Home Sick Home	Mike Patton	Alternative & Punk	119040	74	82
934	Pristina	Bill Gould/Mike Patton	Alternative & Punk	232698	74	82
935	Land Of Sunshine	\N	Alternative & Punk	223921	75	82
936	Caffeine	\N	Alternative & Punk	267937	75	82
937	Midlife Crisis	\N	Alternative & Punk	263235	75	82
938	RV	\N	Alternative & Punk	223242	75	82
939	Smaller And Smaller	\N	Alternative & Punk	310831	75	82
940	Everything's Ruined	\N	Alternative & Punk	273658	75	82
941	Malpractice	\N	Alternative & Punk	241371	75	82
942	Kindergarten	\N	Alternative & Punk	270680	75	82
943	Be Aggressive	\N	Alternative & Punk	222432	75	82
944	A Small Victory	\N	Alternative & Punk	297168	75	82
945	Crack Hitler	\N	Alternative & Punk	279144	75	82
946	Jizzlobber	\N	Alternative & Punk	398341	75	82
947	Midnight Cowboy	\N	Alternative & Punk	251924	75	82
948	Easy	\N	Alternative & Punk	185835	75	82
949	Get Out	Mike Bordin, Billy Gould, Mike Patton	Rock	137482	76	82
950	Ricochet	Mike Bordin, Billy Gould, Mike Patton	Rock	269400	76	82
951	Evidence	Mike Bordin, Billy Gould, Mike Patton, Trey Spruance	Rock	293590	76	82
952	The Gentle Art Of Making Enemies	Mike Bordin, Billy Gould, Mike Patton	Rock	209319	76	82
953	Star A.D.	Mike Bordin, Billy Gould, Mike Patton	Rock	203807	76	82
954	Cuckoo For Caca	Mike Bordin, Billy Gould, Mike Patton, Trey Spruance	Rock	222902	76	82
955	Caralho Voador	Mike Bordin, Billy Gould, Mike Patton, Trey Spruance	Rock	242102	76	82
956	Ugly In The Morning	Mike Bordin, Billy Gould, Mike Patton	Rock	186435	76	82
957	Digging The Grave	Mike Bordin, Billy Gould, Mike Patton	Rock	185129	76	82
958	Take This Bottle	Mike Bordin, Billy Gould, Mike Patton, Trey Spruance	Rock	298997	76	82
959	King For A Day	Mike Bordin, Billy Gould, Mike Patton, Trey Spruance	Rock	395859	76	82
960	What A Day	Mike Bordin, Billy Gould, Mike Patton	Rock	158275	76	82
961	The Last To Know	Mike Bordin, Billy Gould, Mike Patton	Rock	267833	76	82
962	Just A Man	Mike Bordin, Billy Gould, Mike Patton	Rock	336666	76	82
963	Absolute Zero	Mike Bordin, Billy Gould, Mike Patton	Rock	181995	76	82
964	From Out Of Nowhere	Faith No More	Alternative & Punk	202527	77	82
965	Epic	Faith No More	Alternative & Punk	294008	77	82
966	Falling To Pieces	Faith No More	Alternative & Punk	316055	77	82
967	Surprise! You're Dead!	Faith No More	Alternative & Punk	147226	77	82
968	Zombie Eaters	Faith No More	Alternative & Punk	360881	77	82
969	The Real Thing	Faith No More	Alternative & Punk	493635	77	82
970	Underwater Love	Faith No More	Alternative & Punk	231993	77	82
971	The Morning After	Faith No More	Alternative & Punk	223764	77	82
972	Woodpecker From Mars	Faith No More	Alternative & Punk	340532	77	82
973	War Pigs	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	Alternative & Punk	464770	77	82
974	Edge Of The World	Faith No More	Alternative & Punk	250357	77	82
975	Deixa Entrar	\N	Latin	33619	78	83
976	Falamansa Song	\N	Latin	237165	78	83
977	Xote Dos Milagres	\N	Latin	269557	78	83
978	Rindo À Toa	\N	Latin	222066	78	83
979	Confidência	\N	Latin	222197	78	83
980	Forró De Tóquio	\N	Latin	169273	78	83
981	Zeca Violeiro	\N	Latin	143673	78	83
982	Avisa	\N	Latin	355030	78	83
983	Principiando/Decolagem	\N	Latin	116767	78	83
984	Asas	\N	Latin	231915	78	83
985	Medo De Escuro	\N	Latin	213760	78	83
986	Oração	\N	Latin	271072	78	83
987	Minha Gata	\N	Latin	181838	78	83
988	Desaforo	\N	Latin	174524	78	83
989	In Your Honor	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	230191	79	84
990	No Way Back	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	196675	79	84
991	Best Of You	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	255712	79	84
992	DOA	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	252186	79	84
993	Hell	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	117080	79	84
994	The Last Song	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	199523	79	84
995	Free Me	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	278700	79	84
996	Resolve	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	288731	79	84
997	The Deepest Blues Are Black	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	238419	79	84
998	End Over End	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett	Rock	352078	79	84
999	Still	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	313182	80	84
1000	What If I Do?	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	302994	80	84
1001	Miracle	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	209684	80	84
1002	Another Round	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	265848	80	84
1003	Friend Of A Friend	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	193280	80	84
1004	Over And Out	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	316264	80	84
1005	On The Mend	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	271908	80	84
1006	Virginia Moon	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	229198	80	84
1007	Cold Day In The Sun	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	200724	80	84
1008	Razor	Dave Grohl, Taylor Hawkins, Nate Mendel, Chris Shiflett/FOO FIGHTERS	Rock	293276	80	84
1009	All My Life	Foo Fighters	Alternative & Punk	263653	81	84
1010	Low	Foo Fighters	Alternative & Punk	268120	81	84
1011	Have It All	Foo Fighters	Alternative & Punk	298057	81	84
1012	Times Like These	Foo Fighters	Alternative & Punk	266370	81	84
1013	Disenchanted Lullaby	Foo Fighters	Alternative & Punk	273528	81	84
1014	Tired Of You	Foo Fighters	Alternative & Punk	311353	81	84
1015	Halo	Foo Fighters	Alternative & Punk	306442	81	84
1016	Lonely As You	Foo Fighters	Alternative & Punk	277185	81	84
1017	Overdrive	Foo Fighters	Alternative & Punk	270550	81	84
1018	Burn Away	Foo Fighters	Alternative & Punk	298396	81	84
1019	Come Back	Foo Fighters	Alternative & Punk	469968	81	84
1020	Doll	Dave, Taylor, Nate, Chris	Rock	83487	82	84
1021	Monkey Wrench	Dave, Taylor, Nate, Chris	Rock	231523	82	84
1022	Hey, Johnny Park!	Dave, Taylor, Nate, Chris	Rock	248528	82	84
1023	My Poor Brain	Dave, Taylor, Nate, Chris	Rock	213446	82	84
1024	Wind Up	Dave, Taylor, Nate, Chris	Rock	152163	82	84
1025	Up In Arms	Dave, Taylor, Nate, Chris	Rock	135732	82	84
1026	My Hero	Dave, Taylor, Nate, Chris	Rock	260101	82	84
1027	See You	Dave, Taylor, Nate, Chris	Rock	146782	82	84
1028	Enough Space	Dave Grohl	Rock	157387	82	84
1029	February Stars	Dave, Taylor, Nate, Chris	Rock	289306	82	84
1030	Everlong	Dave Grohl	Rock	250749	82	84
1031	Walking After You	Dave Grohl	Rock	303856	82	84
1032	New Way Home	Dave, Taylor, Nate, Chris	Rock	342230	82	84
1033	My Way	claude françois/gilles thibault/jacques revaux/paul anka	Easy Listening	275879	83	85
1034	Strangers In The Night	berthold kaempfert/charles singleton/eddie snyder	Easy Listening	155794	83	85
1035	New York, New York	fred ebb/john kander	Easy Listening	206001	83	85
1036	I Get A Kick Out Of You	cole porter	Easy Listening	194429	83	85
1037	Something Stupid	carson c. parks	Easy Listening	158615	83	85
1038	Moon River	henry mancini/johnny mercer	Easy Listening	198922	83	85
1039	What Now My Love	carl sigman/gilbert becaud/pierre leroyer	Easy Listening	149995	83	85
1040	Summer Love	hans bradtke/heinz meier/johnny mercer	Easy Listening	174994	83	85
1041	For Once In My Life	orlando murden/ronald miller	Easy Listening	171154	83	85
1042	Love And Marriage	jimmy van heusen/sammy cahn	Easy Listening	89730	83	85
1043	They Can't Take That Away From Me	george gershwin/ira gershwin	Easy Listening	161227	83	85
1044	My Kind Of Town	jimmy van heusen/sammy cahn	Easy Listening	188499	83	85
1045	Fly Me To The Moon	bart howard	Easy Listening	149263	83	85
1046	I've Got You Under My Skin	cole porter	Easy Listening	210808	83	85
1047	The Best Is Yet To Come	carolyn leigh/cy coleman	Easy Listening	173583	83	85
1048	It Was A Very Good Year	ervin drake	Easy Listening	266605	83	85
1049	Come Fly With Me	jimmy van heusen/sammy cahn	Easy Listening	190458	83	85
1050	That's Life	dean kay thompson/kelly gordon	Easy Listening	187010	83	85
1051	The Girl From Ipanema	antonio carlos jobim/norman gimbel/vinicius de moraes	Easy Listening	193750	83	85
1052	The Lady Is A Tramp	lorenz hart/richard rodgers	Easy Listening	184111	83	85
1053	Bad, Bad Leroy Brown	jim croce	Easy Listening	169900	83	85
1054	Mack The Knife	bert brecht/kurt weill/marc blitzstein	Easy Listening	292075	83	85
1055	Loves Been Good To Me	rod mckuen	Easy Listening	203964	83	85
1056	L.A. Is My Lady	alan bergman/marilyn bergman/peggy lipton jones/quincy jones	Easy Listening	193175	83	85
1057	Entrando Na Sua (Intro)	\N	Latin	179252	84	86
1058	Nervosa	\N	Latin	229537	84	86
1059	Funk De Bamba (Com Fernanda Abreu)	\N	Latin	237191	84	86
1060	Call Me At Cleo´s	\N	Latin	236617	84	86
1061	Olhos Coloridos (Com Sandra De Sá)	\N	Latin	321332	84	86
1062	Zambação	\N	Latin	301113	84	86
1063	Funk Hum	\N	Latin	244453	84	86
1064	Forty Days (Com DJ Hum)	\N	Latin	221727	84	86
1065	Balada Da Paula	Emerson Villani	Latin	322821	84	86
1066	Dujji	\N	Latin	324597	84	86
1067	Meu Guarda-Chuva	\N	Latin	248528	84	86
1068	Motéis	\N	Latin	213498	84	86
1069	Whistle Stop	\N	Latin	526132	84	86
1070	16 Toneladas	\N	Latin	191634	84	86
1071	Divirta-Se (Saindo Da Sua)	\N	Latin	74919	84	86
1072	Forty Days Instrumental	\N	Latin	292493	84	86
1073	Óia Eu Aqui De Novo	\N	Soundtrack	219454	85	27
1074	Baião Da Penha	\N	Soundtrack	247928	85	27
1075	Esperando Na Janela	Manuca/Raimundinho DoAcordion/Targino Godim	Soundtrack	261041	85	27
1076	Juazeiro	Humberto Teixeira/Luiz Gonzaga	Soundtrack	222275	85	27
1077	Último Pau-De-Arara	Corumbá/José Gumarães/Venancio	Soundtrack	200437	85	27
1078	Asa Branca	Humberto Teixeira/Luiz Gonzaga	Soundtrack	217051	85	27
1079	Qui Nem Jiló	Humberto Teixeira/Luiz Gonzaga	Soundtrack	204695	85	27
1080	Assum Preto	Humberto Teixeira/Luiz Gonzaga	Soundtrack	199653	85	27
1081	Pau-De-Arara	Guio De Morais E Seus "Parentes"/Luiz Gonzaga	Soundtrack	191660	85	27
1082	A Volta Da Asa Branca	Luiz Gonzaga/Zé Dantas	Soundtrack	271020	85	27
1083	O Amor Daqui De Casa	Gilberto Gil	Soundtrack	148636	85	27
1084	As Pegadas Do Amor	Gilberto Gil	Soundtrack	209136	85	27
1085	Lamento Sertanejo	Dominguinhos/Gilberto Gil	Soundtrack	260963	85	27
1086	Casinha Feliz	Gilberto Gil	Soundtrack	32287	85	27
1087	Introdução (Live)	\N	Latin	154096	86	27
1088	Palco (Live)	\N	Latin	238315	86	27
1089	Is This Love (Live)	\N	Latin	295262	86	27
1090	Stir It Up (Live)	\N	Latin	282409	86	27
1091	Refavela (Live)	\N	Latin	236695	86	27
1092	Vendedor De Caranguejo (Live)	\N	Latin	248842	86	27
1093	Quanta (Live)	\N	Latin	357485	86	27
1094	Estrela (Live)	\N	Latin	285309	86	27
1095	Pela Internet (Live)	\N	Latin	263471	86	27
1096	Cérebro Eletrônico (Live)	\N	Latin	231627	86	27
1097	Opachorô (Live)	\N	Latin	259526	86	27
1098	Copacabana (Live)	\N	Latin	289671	86	27
1099	A Novidade (Live)	\N	Latin	316969	86	27
1100	Ghandi (Live)	\N	Latin	222458	86	27
1101	De Ouro E Marfim (Live)	\N	Latin	234971	86	27
1102	Doce De Carnaval (Candy All)	\N	Jazz	356101	87	27
1103	Lamento De Carnaval	\N	Jazz	294530	87	27
1104	Pretinha	\N	Jazz	265273	87	27
1105	A Novidade	Gilberto Gil	Latin	324780	73	81
1106	Tenho Sede	Gilberto Gil	Latin	261616	73	81
1107	Refazenda	Gilberto Gil	Latin	218305	73	81
1108	Realce	Gilberto Gil	Latin	264489	73	81
1109	Esotérico	Gilberto Gil	Latin	317779	73	81
1110	Drão	Gilberto Gil	Latin	301453	73	81
1111	A Paz	Gilberto Gil	Latin	293093	73	81
1112	Beira Mar	Gilberto Gil	Latin	295444	73	81
1113	Sampa	Gilberto Gil	Latin	225697	73	81
1114	Parabolicamará	Gilberto Gil	Latin	284943	73	81
1115	Tempo Rei	Gilberto Gil	Latin	302733	73	81
1116	Expresso 2222	Gilberto Gil	Latin	284760	73	81
1117	Aquele Abraço	Gilberto Gil	Latin	263993	73	81
1118	Palco	Gilberto Gil	Latin	270550	73	81
1119	Toda Menina Baiana	Gilberto Gil	Latin	278177	73	81
1120	Sítio Do Pica-Pau Amarelo	Gilberto Gil	Latin	218070	73	81
1121	Straight Out Of Line	Sully Erna	Metal	259213	88	87
1122	Faceless	Sully Erna	Metal	216006	88	87
1123	Changes	Sully Erna; Tony Rombola	Metal	260022	88	87
1124	Make Me Believe	Sully Erna	Metal	248607	88	87
1125	I Stand Alone	Sully Erna	Metal	246125	88	87
1126	Re-Align	Sully Erna	Metal	260884	88	87
1127	I Fucking Hate You	Sully Erna	Metal	247170	88	87
1128	Releasing The Demons	Sully Erna	Metal	252760	88	87
1129	Dead And Broken	Sully Erna	Metal	251454	88	87
1130	I Am	Sully Erna	Metal	239516	88	87
1131	The Awakening	Sully Erna	Metal	89547	88	87
1132	Serenity	Sully Erna; Tony Rombola	Metal	274834	88	87
1133	American Idiot	Billie Joe Armstrong, Mike Dirnt, Tré Cool	Alternative & Punk	174419	89	54
1134	Jesus Of Suburbia / City Of The Damned / I Don't Care / Dearly Beloved / Tales Of Another Broken Home	Billie Joe Armstrong/Green Day	Alternative & Punk	548336	89	54
1135	Holiday	Billie Joe Armstrong, Mike Dirnt, Tré Cool	Alternative & Punk	232724	89	54
1136	Boulevard Of Broken Dreams	Mike Dint, Billie Joe, Tré Cool	Alternative & Punk	260858	89	54
1137	Are We The Waiting	Green Day	Alternative & Punk	163004	89	54
1138	St. Jimmy	Green Day	Alternative & Punk	175307	89	54
1139	Give Me Novacaine	Green Day	Alternative & Punk	205871	89	54
1140	She's A Rebel	Green Day	Alternative & Punk	120528	89	54
1141	Extraordinary Girl	Green Day	Alternative & Punk	214021	89	54
1142	Letterbomb	Green Day	Alternative & Punk	246151	89	54
1143	Wake Me Up When September Ends	Mike Dint, Billie Joe, Tré Cool	Alternative & Punk	285753	89	54
1144	Homecoming / The Death Of St. Jimmy / East 12th St. / Nobody Likes You / Rock And Roll Girlfriend / We're Coming Home Again	Mike Dirnt/Tré Cool	Alternative & Punk	558602	89	54
1145	Whatsername	Green Day	Alternative & Punk	252316	89	54
1146	Welcome to the Jungle	\N	Rock	273552	90	88
1147	It's So Easy	\N	Rock	202824	90	88
1148	Nightrain	\N	Rock	268537	90	88
1149	Out Ta Get Me	\N	Rock	263893	90	88
1150	Mr. Brownstone	\N	Rock	228924	90	88
1151	Paradise City	\N	Rock	406347	90	88
1152	My Michelle	\N	Rock	219961	90	88
1153	Think About You	\N	Rock	231640	90	88
1154	Sweet Child O' Mine	\N	Rock	356424	90	88
1155	You're Crazy	\N	Rock	197135	90	88
1156	Anything Goes	\N	Rock	206400	90	88
1157	Rocket Queen	\N	Rock	375349	90	88
1158	Right Next Door to Hell	\N	Rock	182321	91	88
1159	Dust N' Bones	\N	Rock	298374	91	88
1160	Live and Let Die	\N	Rock	184016	91	88
1161	Don't Cry (Original)	\N	Rock	284744	91	88
1162	Perfect Crime	\N	Rock	143637	91	88
1163	You Ain't the First	\N	Rock	156268	91	88
1164	Bad Obsession	\N	Rock	328282	91	88
1165	Back off Bitch	\N	Rock	303436	91	88
1166	Double Talkin' Jive	\N	Rock	203637	91	88
1167	November Rain	\N	Rock	537540	91	88
1168	The Garden	\N	Rock	322175	91	88
1169	Garden of Eden	\N	Rock	161539	91	88
1170	Don't Damn Me	\N	Rock	318901	91	88
1171	Bad Apples	\N	Rock	268351	91	88
1172	Dead Horse	\N	Rock	257600	91	88
1173	Coma	\N	Rock	616511	91	88
1174	Civil War	Duff McKagan/Slash/W. Axl Rose	Metal	461165	92	88
1175	14 Years	Izzy Stradlin'/W. Axl Rose	Metal	261355	92	88
1176	Yesterdays	Billy/Del James/W. Axl Rose/West Arkeen	Metal	196205	92	88
1177	Knockin' On Heaven's Door	Bob Dylan	Metal	336457	92	88
1178	Get In The Ring	Duff McKagan/Slash/W. Axl Rose	Metal	341054	92	88
1179	Shotgun Blues	W. Axl Rose	Metal	203206	92	88
1180	Breakdown	W. Axl Rose	Metal	424960	92	88
1181	Pretty Tied Up	Izzy Stradlin'	Metal	287477	92	88
1182	Locomotive	Slash/W. Axl Rose	Metal	522396	92	88
1183	So Fine	Duff McKagan	Metal	246491	92	88
1184	Estranged	W. Axl Rose	Metal	563800	92	88
1185	You Could Be Mine	Izzy Stradlin'/W. Axl Rose	Metal	343875	92	88
1186	Don't Cry	Izzy Stradlin'/W. Axl Rose	Metal	284238	92	88
1187	My World	W. Axl Rose	Metal	84532	92	88
1188	Colibri	Richard Bull	Jazz	361012	93	89
1189	Love Is The Colour	R. Carless	Jazz	251585	93	89
1190	Magnetic Ocean	Patrick Claher/Richard Bull	Jazz	321123	93	89
1191	Deep Waters	Richard Bull	Jazz	396460	93	89
1192	L'Arc En Ciel De Miles	Kevin Robinson/Richard Bull	Jazz	242390	93	89
1193	Gypsy	Kevin Robinson	Jazz	330997	93	89
1194	Journey Into Sunlight	Jean Paul Maunick	Jazz	249756	93	89
1195	Sunchild	Graham Harvey	Jazz	259970	93	89
1196	Millenium	Maxton Gig Beesley Jnr.	Jazz	379167	93	89
1197	Thinking 'Bout Tomorrow	Fayyaz Virgi/Richard Bull	Jazz	355395	93	89
1198	Jacob's Ladder	Julian Crampton	Jazz	367647	93	89
1199	She Wears Black	G Harvey/R Hope-Taylor	Jazz	528666	93	89
1200	Dark Side Of The Cog	Jean Paul Maunick	Jazz	377155	93	89
1201	Different World	\N	Rock	258692	94	90
1202	These Colours Don't Run	\N	Rock	412152	94	90
1203	Brighter Than a Thousand Suns	\N	Rock	526255	94	90
1204	The Pilgrim	\N	Rock	307593	94	90
1205	The Longest Day	\N	Rock	467810	94	90
1206	Out of the Shadows	\N	Rock	336896	94	90
1207	The Reincarnation of Benjamin Breeg	\N	Rock	442106	94	90
1208	For the Greater Good of God	\N	Rock	564893	94	90
1209	Lord of Light	\N	Rock	444614	94	90
1210	The Legacy	\N	Rock	562966	94	90
1211	Hallowed Be Thy Name (Live) [Non Album Bonus Track]	\N	Rock	431262	94	90
1212	The Number Of The Beast	Steve Harris	Metal	294635	95	90
1213	The Trooper	Steve Harris	Metal	235311	95	90
1214	Prowler	Steve Harris	Metal	255634	95	90
1215	Transylvania	Steve Harris	Metal	265874	95	90
1216	Remember Tomorrow	Paul Di'Anno/Steve Harris	Metal	352731	95	90
1217	Where Eagles Dare	Steve Harris	Metal	289358	95	90
1218	Sanctuary	David Murray/Paul Di'Anno/Steve Harris	Metal	293250	95	90
1219	Running Free	Paul Di'Anno/Steve Harris	Metal	228937	95	90
1220	Run To The Hilss	Steve Harris	Metal	237557	95	90
1221	2 Minutes To Midnight	Adrian Smith/Bruce Dickinson	Metal	337423	95	90
1222	Iron Maiden	Steve Harris	Metal	324623	95	90
1223	Hallowed Be Thy Name	Steve Harris	Metal	471849	95	90
1224	Be Quick Or Be Dead	Bruce Dickinson/Janick Gers	Metal	196911	96	90
1225	From Here To Eternity	Steve Harris	Metal	259866	96	90
1226	Can I Play With Madness	Adrian Smith/Bruce Dickinson/Steve Harris	Metal	282488	96	90
1227	Wasting Love	Bruce Dickinson/Janick Gers	Metal	347846	96	90
1228	Tailgunner	Bruce Dickinson/Steve Harris	Metal	249469	96	90
1229	The Evil That Men Do	Adrian Smith/Bruce Dickinson/Steve Harris	Metal	325929	96	90
1230	Afraid To Shoot Strangers	Steve Harris	Metal	407980	96	90
1231	Bring Your Daughter... To The Slaughter	Bruce Dickinson	Metal	317727	96	90
1232	Heaven Can Wait	Steve Harris	Metal	448574	96	90
1233	The Clairvoyant	Steve Harris	Metal	269871	96	90
1234	Fear Of The Dark	Steve Harris	Metal	431333	96	90
1235	The Wicker Man	Adrian Smith/Bruce Dickinson/Steve Harris	Rock	275539	97	90
1236	Ghost Of The Navigator	Bruce Dickinson/Janick Gers/Steve Harris	Rock	410070	97	90
1237	Brave New World	Bruce Dickinson/David Murray/Steve Harris	Rock	378984	97	90
1238	Blood Brothers	Steve Harris	Rock	434442	97	90
1239	The Mercenary	Janick Gers/Steve Harris	Rock	282488	97	90
1240	Dream Of Mirrors	Janick Gers/Steve Harris	Rock	561162	97	90
1241	The Fallen Angel	Adrian Smith/Steve Harris	Rock	240718	97	90
1242	The Nomad	David Murray/Steve Harris	Rock	546115	97	90
1243	Out Of The Silent Planet	Bruce Dickinson/Janick Gers/Steve Harris	Rock	385541	97	90
1244	The Thin Line Between Love & Hate	David Murray/Steve Harris	Rock	506801	97	90
1245	Wildest Dreams	Adrian Smith/Steve Harris	Heavy Metal	232777	98	90
1246	Rainmaker	Bruce Dickinson/David Murray/Steve Harris	Heavy Metal	228623	98	90
1247	No More Lies	Steve Harris	Heavy Metal	441782	98	90
1248	Montsegur	Bruce Dickinson/Janick Gers/Steve Harris	Heavy Metal	350484	98	90
1249	Dance Of Death	Janick Gers/Steve Harris	Heavy Metal	516649	98	90
1250	Gates Of Tomorrow	Bruce Dickinson/Janick Gers/Steve Harris	Heavy Metal	312032	98	90
1251	New Frontier	Adrian Smith/Bruce Dickinson/Nicko McBrain	Heavy Metal	304509	98	90
1252	Paschendale	Adrian Smith/Steve Harris	Heavy Metal	508107	98	90
1253	Face In The Sand	Adrian Smith/Bruce Dickinson/Steve Harris	Heavy Metal	391105	98	90
1254	Age Of Innocence	David Murray/Steve Harris	Heavy Metal	370468	98	90
1255	Journeyman	Bruce Dickinson/David Murray/Steve Harris	Heavy Metal	427023	98	90
1256	Be Quick Or Be Dead	Bruce Dickinson/Janick Gers	Rock	204512	99	90
1257	From Here To Eternity	Steve Harris	Rock	218357	99	90
1258	Afraid To Shoot Strangers	Steve Harris	Rock	416496	99	90
1259	Fear Is The Key	Bruce Dickinson/Janick Gers	Rock	335307	99	90
1260	Childhood's End	Steve Harris	Rock	280607	99	90
1261	Wasting Love	Bruce Dickinson/Janick Gers	Rock	350981	99	90
1262	The Fugitive	Steve Harris	Rock	294112	99	90
1263	Chains Of Misery	Bruce Dickinson/David Murray	Rock	217443	99	90
1264	The Apparition	Janick Gers/Steve Harris	Rock	234605	99	90
1265	Judas Be My Guide	Bruce Dickinson/David Murray	Rock	188786	99	90
1266	Weekend Warrior	Janick Gers/Steve Harris	Rock	339748	99	90
1267	Fear Of The Dark	Steve Harris	Rock	436976	99	90
1268	01 - Prowler	Steve Harris	Blues	236173	100	90
1269	02 - Sanctuary	David Murray/Paul Di'Anno/Steve Harris	Blues	196284	100	90
1270	03 - Remember Tomorrow	Harris/Paul Di´Anno	Blues	328620	100	90
1271	04 - Running Free	Harris/Paul Di´Anno	Blues	197276	100	90
1272	05 - Phantom of the Opera	Steve Harris	Blues	428016	100	90
1273	06 - Transylvania	Steve Harris	Blues	259343	100	90
1274	07 - Strange World	Steve Harris	Blues	332460	100	90
1275	08 - Charlotte the Harlot	Murray  Dave	Blues	252708	100	90
1276	09 - Iron Maiden	Steve Harris	Blues	216058	100	90
1277	The Ides Of March	Steve Harris	Heavy Metal	105926	101	90
1278	Wrathchild	Steve Harris	Heavy Metal	174471	101	90
1279	Murders In The Rue Morgue	Steve Harris	Heavy Metal	258377	101	90
1280	Another Life	Steve Harris	Heavy Metal	203049	101	90
1281	Genghis Khan	Steve Harris	Heavy Metal	187141	101	90
1282	Innocent Exile	Di´Anno/Harris	Heavy Metal	232515	101	90
1283	Killers	Steve Harris	Heavy Metal	300956	101	90
1284	Prodigal Son	Steve Harris	Heavy Metal	372349	101	90
1285	Purgatory	Steve Harris	Heavy Metal	200150	101	90
1286	Drifter	Steve Harris	Heavy Metal	288757	101	90
1287	Intro- Churchill S Speech	\N	Heavy Metal	48013	102	90
1288	Aces High	\N	Heavy Metal	276375	102	90
1289	2 Minutes To Midnight	Smith/Dickinson	Metal	366550	102	90
1290	The Trooper	Harris	Metal	268878	102	90
1291	Revelations	Dickinson	Metal	371826	102	90
1292	Flight Of Icarus	Smith/Dickinson	Metal	229982	102	90
1293	Rime Of The Ancient Mariner	\N	Metal	789472	102	90
1294	Powerslave	\N	Metal	454974	102	90
1295	The Number Of The Beast	Harris	Metal	275121	102	90
1296	Hallowed Be Thy Name	Harris	Metal	451422	102	90
1297	Iron Maiden	Harris	Metal	261955	102	90
1298	Run To The Hills	Harris	Metal	231627	102	90
1299	Running Free	Harris/Di Anno	Metal	204617	102	90
1300	Wrathchild	Steve Harris	Heavy Metal	183666	102	90
1301	Acacia Avenue	\N	Heavy Metal	379872	102	90
1302	Children Of The Damned	Steve Harris	Heavy Metal	278177	102	90
1303	Die With Your Boots On	Adrian Smith/Bruce Dickinson/Steve Harris	Heavy Metal	314174	102	90
1304	Phantom Of The Opera	Steve Harris	Heavy Metal	441155	102	90
1305	Be Quick Or Be Dead	\N	Rock	233142	103	90
1306	The Number Of The Beast	\N	Rock	294008	103	90
1307	Wrathchild	\N	Rock	174106	103	90
1308	From Here To Eternity	\N	Rock	284447	103	90
1309	Can I Play With Madness	\N	Rock	213106	103	90
1310	Wasting Love	\N	Rock	336953	103	90
1311	Tailgunner	\N	Rock	247640	103	90
1312	The Evil That Men Do	\N	Rock	478145	103	90
1313	Afraid To Shoot Strangers	\N	Rock	412525	103	90
1314	Fear Of The Dark	\N	Rock	431542	103	90
1315	Bring Your Daughter... To The Slaughter...	\N	Rock	376711	104	90
1316	The Clairvoyant	\N	Rock	262426	104	90
1317	Heaven Can Wait	\N	Rock	440555	104	90
1318	Run To The Hills	\N	Rock	235859	104	90
1319	2 Minutes To Midnight	Adrian Smith/Bruce Dickinson	Rock	338233	104	90
1320	Iron Maiden	\N	Rock	494602	104	90
1321	Hallowed Be Thy Name	\N	Rock	447791	104	90
1322	The Trooper	\N	Rock	232672	104	90
1323	Sanctuary	\N	Rock	318511	104	90
1324	Running Free	\N	Rock	474017	104	90
1325	Tailgunner	Bruce Dickinson/Steve Harris	Metal	255582	105	90
1326	Holy Smoke	Bruce Dickinson/Steve Harris	Metal	229459	105	90
1327	No Prayer For The Dying	Steve Harris	Metal	263941	105	90
1328	Public Enema Number One	Bruce Dickinson/David Murray	Metal	254197	105	90
1329	Fates Warning	David Murray/Steve Harris	Metal	250853	105	90
1330	The Assassin	Steve Harris	Metal	258768	105	90
1331	Run Silent Run Deep	Bruce Dickinson/Steve Harris	Metal	275408	105	90
1332	Hooks In You	Adrian Smith/Bruce Dickinson	Metal	247510	105	90
1333	Bring Your Daughter... ...To The Slaughter	Bruce Dickinson	Metal	284238	105	90
1334	Mother Russia	Steve Harris	Metal	332617	105	90
1335	Where Eagles Dare	Steve Harris	Metal	369554	106	90
1336	Revelations	Bruce Dickinson	Metal	408607	106	90
1337	Flight Of The Icarus	Adrian Smith/Bruce Dickinson	Metal	230269	106	90
1338	Die With Your Boots On	Adrian Smith/Bruce Dickinson/Steve Harris	Metal	325694	106	90
1339	The Trooper	Steve Harris	Metal	251454	106	90
1340	Still Life	David Murray/Steve Harris	Metal	294347	106	90
1341	Quest For Fire	Steve Harris	Metal	221309	106	90
1342	Sun And Steel	Adrian Smith/Bruce Dickinson	Metal	206367	106	90
1343	To Tame A Land	Steve Harris	Metal	445283	106	90
1344	Aces High	Harris	Metal	269531	107	90
1345	2 Minutes To Midnight	Smith/Dickinson	Metal	359810	107	90
1346	Losfer Words	Steve Harris	Metal	252891	107	90
1347	Flash of The Blade	Dickinson	Metal	242729	107	90
1348	Duelists	Steve Harris	Metal	366471	107	90
1349	Back in the Village	Dickinson/Smith	Metal	320548	107	90
1350	Powerslave	Dickinson	Metal	407823	107	90
1351	Rime of the Ancient Mariner	Harris	Metal	816509	107	90
1352	Intro	\N	Metal	115931	108	90
1353	The Wicker Man	Adrian Smith/Bruce Dickinson/Steve Harris	Metal	281782	108	90
1354	Ghost Of The Navigator	Bruce Dickinson/Janick Gers/Steve Harris	Metal	408607	108	90
1355	Brave New World	Bruce Dickinson/David Murray/Steve Harris	Metal	366785	108	90
1356	Wrathchild	Steve Harris	Metal	185808	108	90
1357	2 Minutes To Midnight	Adrian Smith/Bruce Dickinson	Metal	386821	108	90
1358	Blood Brothers	Steve Harris	Metal	435513	108	90
1359	Sign Of The Cross	Steve Harris	Metal	649116	108	90
1360	The Mercenary	Janick Gers/Steve Harris	Metal	282697	108	90
1361	The Trooper	Steve Harris	Metal	273528	108	90
1362	Dream Of Mirrors	Janick Gers/Steve Harris	Rock	578324	109	90
1363	The Clansman	Steve Harris	Rock	559203	109	90
1364	The Evil That Men Do	Adrian Smith/Bruce Dickinson/Steve Harris	Metal	280737	109	90
1365	Fear Of The Dark	Steve Harris	Rock	460695	109	90
1366	Iron Maiden	Steve Harris	Rock	351869	109	90
1367	The Number Of The Beast	Steve Harris	Rock	300434	109	90
1368	Hallowed Be Thy Name	Steve Harris	Rock	443977	109	90
1369	Sanctuary	David Murray/Paul Di'Anno/Steve Harris	Rock	317335	109	90
1370	Run To The Hills	Steve Harris	Rock	292179	109	90
1371	Moonchild	Adrian Smith; Bruce Dickinson	Metal	340767	110	90
1372	Infinite Dreams	Steve Harris	Metal	369005	110	90
1373	Can I Play With Madness	Adrian Smith; Bruce Dickinson; Steve Harris	Metal	211043	110	90
1374	The Evil That Men Do	Adrian Smith; Bruce Dickinson; Steve Harris	Metal	273998	110	90
1375	Seventh Son of a Seventh Son	Steve Harris	Metal	593580	110	90
1376	The Prophecy	Dave Murray; Steve Harris	Metal	305475	110	90
1377	The Clairvoyant	Adrian Smith; Bruce Dickinson; Steve Harris	Metal	267023	110	90
1378	Only the Good Die Young	Bruce Dickinson; Harris	Metal	280894	110	90
1379	Caught Somewhere in Time	Steve Harris	Metal	445779	111	90
1380	Wasted Years	Adrian Smith	Metal	307565	111	90
1381	Sea of Madness	Adrian Smith	Metal	341995	111	90
1382	Heaven Can Wait	Steve Harris	Metal	441417	111	90
1383	Stranger in a Strange Land	Adrian Smith	Metal	344502	111	90
1384	Alexander the Great	Steve Harris	Metal	515631	111	90
1385	De Ja Vu	David Murray/Steve Harris	Metal	296176	111	90
1386	The Loneliness of the Long Dis	Steve Harris	Metal	391314	111	90
1387	22 Acacia Avenue	Adrian Smith/Steve Harris	Metal	395572	112	90
1388	Children of the Damned	Steve Harris	Metal	274364	112	90
1389	Gangland	Adrian Smith/Clive Burr/Steve Harris	Metal	228440	112	90
1390	Hallowed Be Thy Name	Steve Harris	Metal	428669	112	90
1391	Invaders	Steve Harris	Metal	203180	112	90
1392	Run to the Hills	Steve Harris	Metal	228884	112	90
1393	The Number Of The Beast	Steve Harris	Rock	293407	112	90
1394	The Prisoner	Adrian Smith/Steve Harris	Metal	361299	112	90
1395	Sign Of The Cross	Steve Harris	Rock	678008	113	90
1396	Lord Of The Flies	Janick Gers/Steve Harris	Rock	303699	113	90
1397	Man On The Edge	Blaze Bayley/Janick Gers	Rock	253413	113	90
1398	Fortunes Of War	Steve Harris	Rock	443977	113	90
1399	Look For The Truth	Blaze Bayley/Janick Gers/Steve Harris	Rock	310230	113	90
1400	The Aftermath	Blaze Bayley/Janick Gers/Steve Harris	Rock	380786	113	90
1401	Judgement Of Heaven	Steve Harris	Rock	312476	113	90
1402	Blood On The World's Hands	Steve Harris	Rock	357799	113	90
1403	The Edge Of Darkness	Blaze Bayley/Janick Gers/Steve Harris	Rock	399333	113	90
1404	2 A.M.	Blaze Bayley/Janick Gers/Steve Harris	Rock	337658	113	90
1405	The Unbeliever	Janick Gers/Steve Harris	Rock	490422	113	90
1406	Futureal	Blaze Bayley/Steve Harris	Rock	175777	114	90
1407	The Angel And The Gambler	Steve Harris	Rock	592744	114	90
1408	Lightning Strikes Twice	David Murray/Steve Harris	Rock	290377	114	90
1409	The Clansman	Steve Harris	Rock	539689	114	90
1410	When Two Worlds Collide	Blaze Bayley/David Murray/Steve Harris	Rock	377312	114	90
1411	The Educated Fool	Steve Harris	Rock	404767	114	90
1412	Don't Look To The Eyes Of A Stranger	Steve Harris	Rock	483657	114	90
1413	Como Estais Amigos	Blaze Bayley/Janick Gers	Rock	330292	114	90
1414	Please Please Please	James Brown/Johnny Terry	R&B/Soul	165067	115	91
1415	Think	Lowman Pauling	R&B/Soul	166739	115	91
1416	Night Train	Jimmy Forrest/Lewis C. Simpkins/Oscar Washington	R&B/Soul	212401	115	91
1417	Out Of Sight	Ted Wright	R&B/Soul	143725	115	91
1418	Papa's Got A Brand New Bag Pt.1	James Brown	R&B/Soul	127399	115	91
1419	I Got You (I Feel Good)	James Brown	R&B/Soul	167392	115	91
1420	It's A Man's Man's Man's World	Betty Newsome/James Brown	R&B/Soul	168228	115	91
1421	Cold Sweat	Alfred Ellis/James Brown	R&B/Soul	172408	115	91
1422	Say It Loud, I'm Black And I'm Proud Pt.1	Alfred Ellis/James Brown	R&B/Soul	167392	115	91
1423	Get Up (I Feel Like Being A) Sex Machine	Bobby Byrd/James Brown/Ron Lenhoff	R&B/Soul	316551	115	91
1424	Hey America	Addie William Jones/Nat Jones	R&B/Soul	218226	115	91
1425	Make It Funky Pt.1	Charles Bobbitt/James Brown	R&B/Soul	196231	115	91
1426	I'm A Greedy Man Pt.1	Charles Bobbitt/James Brown	R&B/Soul	217730	115	91
1427	Get On The Good Foot	Fred Wesley/James Brown/Joseph Mims	R&B/Soul	215902	115	91
1428	Get Up Offa That Thing	Deanna Brown/Deidra Jenkins/Yamma Brown	R&B/Soul	250723	115	91
1429	It's Too Funky In Here	Brad Shapiro/George Jackson/Robert Miller/Walter Shaw	R&B/Soul	239072	115	91
1430	Living In America	Charlie Midnight/Dan Hartman	R&B/Soul	282880	115	91
1431	I'm Real	Full Force/James Brown	R&B/Soul	334236	115	91
1432	Hot Pants Pt.1	Fred Wesley/James Brown	R&B/Soul	188212	115	91
1433	Soul Power (Live)	James Brown	R&B/Soul	260728	115	91
1434	When You Gonna Learn (Digeridoo)	Jay Kay/Kay, Jay	Rock	230635	116	92
1435	Too Young To Die	Smith, Toby	Rock	365818	116	92
1436	Hooked Up	Smith, Toby	Rock	275879	116	92
1437	If I Like It, I Do It	Gelder, Nick van	Rock	293093	116	92
1438	Music Of The Wind	Smith, Toby	Rock	383033	116	92
1439	Emergency On Planet Earth	Smith, Toby	Rock	245263	116	92
1440	Whatever It Is, I Just Can't Stop	Jay Kay/Kay, Jay	Rock	247222	116	92
1441	Blow Your Mind	Smith, Toby	Rock	512339	116	92
1442	Revolution 1993	Smith, Toby	Rock	616829	116	92
1443	Didgin' Out	Buchanan, Wallis	Rock	157100	116	92
1444	Canned Heat	Jay Kay	R&B/Soul	331964	117	92
1445	Planet Home	Jay Kay/Toby Smith	R&B/Soul	284447	117	92
1446	Black Capricorn Day	Jay Kay	R&B/Soul	341629	117	92
1447	Soul Education	Jay Kay/Toby Smith	R&B/Soul	255477	117	92
1448	Failling	Jay Kay/Toby Smith	R&B/Soul	225227	117	92
1449	Destitute Illusions	Derrick McKenzie/Jay Kay/Toby Smith	R&B/Soul	340218	117	92
1450	Supersonic	Jay Kay	R&B/Soul	315872	117	92
1451	Butterfly	Jay Kay/Toby Smith	R&B/Soul	268852	117	92
1452	Were Do We Go From Here	Jay Kay	R&B/Soul	313626	117	92
1453	King For A Day	Jay Kay/Toby Smith	R&B/Soul	221544	117	92
1454	Deeper Underground	Toby Smith	R&B/Soul	281808	117	92
1455	Just Another Story	Toby Smith	Electronica/Dance	529684	118	92
1456	Stillness In Time	Toby Smith	Electronica/Dance	257097	118	92
1457	Half The Man	Toby Smith	Electronica/Dance	289854	118	92
1458	Light Years	Toby Smith	Electronica/Dance	354560	118	92
1459	Manifest Destiny	Toby Smith	Electronica/Dance	382197	118	92
1460	The Kids	Toby Smith	Electronica/Dance	309995	118	92
1461	Mr. Moon	Stuard Zender/Toby Smith	Electronica/Dance	329534	118	92
1462	Scam	Stuart Zender	Electronica/Dance	422321	118	92
1463	Journey To Arnhemland	Toby Smith/Wallis Buchanan	Electronica/Dance	322455	118	92
1464	Morning Glory	J. Kay/Jay Kay	Electronica/Dance	384130	118	92
1465	Space Cowboy	J. Kay/Jay Kay	Electronica/Dance	385697	118	92
1466	Last Chance	C. Cester/C. Muncey	Alternative & Punk	112352	119	93
1467	Are You Gonna Be My Girl	C. Muncey/N. Cester	Alternative & Punk	213890	119	93
1468	Rollover D.J.	C. Cester/N. Cester	Alternative & Punk	196702	119	93
1469	Look What You've Done	N. Cester	Alternative & Punk	230974	119	93
1470	Get What You Need	C. Cester/C. Muncey/N. Cester	Alternative & Punk	247719	119	93
1471	Move On	C. Cester/N. Cester	Alternative & Punk	260623	119	93
1472	Radio Song	C. Cester/C. Muncey/N. Cester	Alternative & Punk	272117	119	93
1473	Get Me Outta Here	C. Cester/N. Cester	Alternative & Punk	176274	119	93
1474	Cold Hard Bitch	C. Cester/C. Muncey/N. Cester	Alternative & Punk	243278	119	93
1475	Come Around Again	C. Muncey/N. Cester	Alternative & Punk	270497	119	93
1476	Take It Or Leave It	C. Muncey/N. Cester	Alternative & Punk	142889	119	93
1477	Lazy Gun	C. Cester/N. Cester	Alternative & Punk	282174	119	93
1478	Timothy	C. Cester	Alternative & Punk	270341	119	93
1479	Foxy Lady	Jimi Hendrix	Rock	199340	120	94
1480	Manic Depression	Jimi Hendrix	Rock	222302	120	94
1481	Red House	Jimi Hendrix	Rock	224130	120	94
1482	Can You See Me	Jimi Hendrix	Rock	153077	120	94
1483	Love Or Confusion	Jimi Hendrix	Rock	193123	120	94
1484	I Don't Live Today	Jimi Hendrix	Rock	235311	120	94
1485	May This Be Love	Jimi Hendrix	Rock	191216	120	94
1486	Fire	Jimi Hendrix	Rock	164989	120	94
1487	Third Stone From The Sun	Jimi Hendrix	Rock	404453	120	94
1488	Remember	Jimi Hendrix	Rock	168150	120	94
1489	Are You Experienced?	Jimi Hendrix	Rock	254537	120	94
1490	Hey Joe	Billy Roberts	Rock	210259	120	94
1491	Stone Free	Jimi Hendrix	Rock	216293	120	94
1492	Purple Haze	Jimi Hendrix	Rock	171572	120	94
1493	51st Anniversary	Jimi Hendrix	Rock	196388	120	94
1494	The Wind Cries Mary	Jimi Hendrix	Rock	200463	120	94
1495	Highway Chile	Jimi Hendrix	Rock	212453	120	94
1496	Surfing with the Alien	\N	Rock	263707	121	95
1497	Ice 9	\N	Rock	239721	121	95
1498	Crushing Day	\N	Rock	314768	121	95
1499	Always With Me, Always With You	\N	Rock	202035	121	95
1500	Satch Boogie	\N	Rock	193560	121	95
1501	Hill of the Skull	J. Satriani	Rock	108435	121	95
1502	Circles	\N	Rock	209071	121	95
1503	Lords of Karma	J. Satriani	Rock	288227	121	95
1504	Midnight	J. Satriani	Rock	102630	121	95
1505	Echo	J. Satriani	Rock	337570	121	95
1506	Engenho De Dentro	\N	Latin	310073	122	46
1507	Alcohol	\N	Latin	355239	122	46
1508	Mama Africa	\N	Latin	283062	122	46
1509	Salve Simpatia	\N	Latin	343484	122	46
1510	W/Brasil (Chama O Síndico)	\N	Latin	317100	122	46
1511	País Tropical	\N	Latin	452519	122	46
1512	Os Alquimistas Estão Chegando	\N	Latin	367281	122	46
1513	Charles Anjo 45	\N	Latin	389276	122	46
1514	Selassiê	\N	Latin	326321	122	46
1515	Menina Sarará	\N	Latin	191477	122	46
1516	Que Maravilha	\N	Latin	338076	122	46
1517	Santa Clara Clareou	\N	Latin	380081	122	46
1518	Filho Maravilha	\N	Latin	227526	122	46
1519	Taj Mahal	\N	Latin	289750	122	46
1520	Rapidamente	\N	Latin	252238	123	96
1521	As Dores do Mundo	Hyldon	Latin	255477	123	96
1522	Vou Pra Ai	\N	Latin	300878	123	96
1523	My Brother	\N	Latin	253231	123	96
1524	Há Quanto Tempo	\N	Latin	270027	123	96
1525	Vício	\N	Latin	269897	123	96
1526	Encontrar Alguém	Marco Tulio Lara/Rogerio Flausino	Latin	224078	123	96
1527	Dance Enquanto é Tempo	\N	Latin	229093	123	96
1528	A Tarde	\N	Latin	266919	123	96
1529	Always Be All Right	\N	Latin	128078	123	96
1530	Sem Sentido	\N	Latin	250462	123	96
1531	Onibusfobia	\N	Latin	315977	123	96
1532	Pura Elegancia	João Suplicy	World	284107	124	97
1533	Choramingando	João Suplicy	World	190484	124	97
1534	Por Merecer	João Suplicy	World	230582	124	97
1535	No Futuro	João Suplicy	World	182308	124	97
1536	Voce Inteira	João Suplicy	World	241084	124	97
1537	Cuando A Noite Vai Chegando	João Suplicy	World	270628	124	97
1538	Naquele Dia	João Suplicy	World	251768	124	97
1539	Equinocio	João Suplicy	World	269008	124	97
1540	Papelão	João Suplicy	World	213263	124	97
1541	Cuando Eu For Pro Ceu	João Suplicy	World	118804	124	97
1542	Do Nosso Amor	João Suplicy	World	203415	124	97
1543	Borogodo	João Suplicy	World	208457	124	97
1544	Cafezinho	João Suplicy	World	180924	124	97
1545	Enquanto O Dia Não Vem	João Suplicy	World	220891	124	97
1546	The Green Manalishi	\N	Metal	205792	125	98
1547	Living After Midnight	\N	Metal	213289	125	98
1548	Breaking The Law (Live)	\N	Metal	144195	125	98
1549	Hot Rockin'	\N	Metal	197328	125	98
1550	Heading Out To The Highway (Live)	\N	Metal	276427	125	98
1551	The Hellion	\N	Metal	41900	125	98
1552	Electric Eye	\N	Metal	222197	125	98
1553	You've Got Another Thing Comin'	\N	Metal	305162	125	98
1556	Some Heads Are Gonna Roll	\N	Metal	249939	125	98
1557	Metal Meltdown	\N	Metal	290664	125	98
1558	Ram It Down	\N	Metal	292179	125	98
1559	Diamonds And Rust (Live)	\N	Metal	219350	125	98
1560	Victim Of Change (Live)	\N	Metal	430942	125	98
1561	Tyrant (Live)	\N	Metal	282253	125	98
1562	Comin' Home	Paul Stanley, Ace Frehley	Rock	172068	126	52
1563	Plaster Caster	Gene Simmons	Rock	198060	126	52
1564	Goin' Blind	Gene Simmons, Stephen Coronel	Rock	217652	126	52
1565	Do You Love Me	Paul Stanley, Bob Ezrin, Kim Fowley	Rock	193619	126	52
1566	Domino	Gene Simmons	Rock	226377	126	52
1567	Sure Know Something	Paul Stanley, Vincent Poncia	Rock	254354	126	52
1568	A World Without Heroes	Paul Stanley, Gene Simmons, Bob Ezrin, Lewis Reed	Rock	177815	126	52
1569	Rock Bottom	Paul Stanley, Ace Frehley	Rock	200594	126	52
1570	See You Tonight	Gene Simmons	Rock	146494	126	52
1571	I Still Love You	Paul Stanley	Rock	369815	126	52
1572	Every Time I Look At You	Paul Stanley, Vincent Cusano	Rock	283898	126	52
1573	2,000 Man	Mick Jagger, Keith Richard	Rock	312450	126	52
1574	Beth	Peter Criss, Stan Penridge, Bob Ezrin	Rock	170187	126	52
1575	Nothin' To Lose	Gene Simmons	Rock	222354	126	52
1576	Rock And Roll All Nite	Paul Stanley, Gene Simmons	Rock	259631	126	52
1577	Immigrant Song	Robert Plant	Rock	201247	127	22
1578	Heartbreaker	John Bonham/John Paul Jones/Robert Plant	Rock	316081	127	22
1579	Since I've Been Loving You	John Paul Jones/Robert Plant	Rock	416365	127	22
1580	Black Dog	John Paul Jones/Robert Plant	Rock	317622	127	22
1581	Dazed And Confused	Jimmy Page/Led Zeppelin	Rock	1116734	127	22
1582	Stairway To Heaven	Robert Plant	Rock	529658	127	22
1583	Going To California	Robert Plant	Rock	234605	127	22
1584	That's The Way	Robert Plant	Rock	343431	127	22
1585	Whole Lotta Love (Medley)	Arthur Crudup/Bernard Besman/Bukka White/Doc Pomus/John Bonham/John Lee Hooker/John Paul Jones/Mort Shuman/Robert Plant/Willie Dixon	Rock	825103	127	22
1586	Thank You	Robert Plant	Rock	398262	127	22
1587	We're Gonna Groove	Ben E.King/James Bethea	Rock	157570	128	22
1588	Poor Tom	Jimmy Page/Robert Plant	Rock	182491	128	22
1589	I Can't Quit You Baby	Willie Dixon	Rock	258168	128	22
1590	Walter's Walk	Jimmy Page, Robert Plant	Rock	270785	128	22
1591	Ozone Baby	Jimmy Page, Robert Plant	Rock	215954	128	22
1592	Darlene	Jimmy Page, Robert Plant, John Bonham, John Paul Jones	Rock	307226	128	22
1593	Bonzo's Montreux	John Bonham	Rock	258925	128	22
1594	Wearing And Tearing	Jimmy Page, Robert Plant	Rock	330004	128	22
1595	The Song Remains The Same	Jimmy Page/Jimmy Page & Robert Plant/Robert Plant	Rock	330004	129	22
1596	The Rain Song	Jimmy Page/Jimmy Page & Robert Plant/Robert Plant	Rock	459180	129	22
1597	Over The Hills And Far Away	Jimmy Page/Jimmy Page & Robert Plant/Robert Plant	Rock	290089	129	22
1598	The Crunge	John Bonham/John Paul Jones	Rock	197407	129	22
1599	Dancing Days	Jimmy Page/Jimmy Page & Robert Plant/Robert Plant	Rock	223216	129	22
1600	D'Yer Mak'er	John Bonham/John Paul Jones	Rock	262948	129	22
1601	No Quarter	John Paul Jones	Rock	420493	129	22
1602	The Ocean	John Bonham/John Paul Jones	Rock	271098	129	22
1603	In The Evening	Jimmy Page, Robert Plant & John Paul Jones	Rock	410566	130	22
1604	South Bound Saurez	John Paul Jones & Robert Plant	Rock	254406	130	22
1605	Fool In The Rain	Jimmy Page, Robert Plant & John Paul Jones	Rock	372950	130	22
1606	Hot Dog	Jimmy Page & Robert Plant	Rock	197198	130	22
1607	Carouselambra	John Paul Jones, Jimmy Page & Robert Plant	Rock	634435	130	22
1608	All My Love	Robert Plant & John Paul Jones	Rock	356284	130	22
1609	I'm Gonna Crawl	Jimmy Page, Robert Plant & John Paul Jones	Rock	329639	130	22
1610	Black Dog	Jimmy Page, Robert Plant, John Paul Jones	Rock	296672	131	22
1611	Rock & Roll	Jimmy Page, Robert Plant, John Paul Jones, John Bonham	Rock	220917	131	22
1612	The Battle Of Evermore	Jimmy Page, Robert Plant	Rock	351555	131	22
1613	Stairway To Heaven	Jimmy Page, Robert Plant	Rock	481619	131	22
1614	Misty Mountain Hop	Jimmy Page, Robert Plant, John Paul Jones	Rock	278857	131	22
1615	Four Sticks	Jimmy Page, Robert Plant	Rock	284447	131	22
1616	Going To California	Jimmy Page, Robert Plant	Rock	215693	131	22
1617	When The Levee Breaks	Jimmy Page, Robert Plant, John Paul Jones, John Bonham, Memphis Minnie	Rock	427702	131	22
1618	Good Times Bad Times	Jimmy Page/John Bonham/John Paul Jones	Rock	166164	132	22
1619	Babe I'm Gonna Leave You	Jimmy Page/Robert Plant	Rock	401475	132	22
1620	You Shook Me	J. B. Lenoir/Willie Dixon	Rock	388179	132	22
1621	Dazed and Confused	Jimmy Page	Rock	386063	132	22
1622	Your Time Is Gonna Come	Jimmy Page/John Paul Jones	Rock	274860	132	22
1623	Black Mountain Side	Jimmy Page	Rock	132702	132	22
1624	Communication Breakdown	Jimmy Page/John Bonham/John Paul Jones	Rock	150230	132	22
1625	I Can't Quit You Baby	Willie Dixon	Rock	282671	132	22
1626	How Many More Times	Jimmy Page/John Bonham/John Paul Jones	Rock	508055	132	22
1627	Whole Lotta Love	Jimmy Page, Robert Plant, John Paul Jones, John Bonham	Rock	334471	133	22
1628	What Is And What Should Never Be	Jimmy Page, Robert Plant	Rock	287973	133	22
1629	The Lemon Song	Jimmy Page, Robert Plant, John Paul Jones, John Bonham	Rock	379141	133	22
1630	Thank You	Jimmy Page, Robert Plant	Rock	287791	133	22
1631	Heartbreaker	Jimmy Page, Robert Plant, John Paul Jones, John Bonham	Rock	253988	133	22
1632	Living Loving Maid (She's Just A Woman)	Jimmy Page, Robert Plant	Rock	159216	133	22
1633	Ramble On	Jimmy Page, Robert Plant	Rock	275591	133	22
1634	Moby Dick	John Bonham, John Paul Jones, Jimmy Page	Rock	260728	133	22
1635	Bring It On Home	Jimmy Page, Robert Plant	Rock	259970	133	22
1636	Immigrant Song	Jimmy Page, Robert Plant	Rock	144875	134	22
1637	Friends	Jimmy Page, Robert Plant	Rock	233560	134	22
1731	A Cura	\N	Latin	280920	142	101
1638	Celebration Day	Jimmy Page, Robert Plant, John Paul Jones	Rock	209528	134	22
1639	Since I've Been Loving You	Jimmy Page, Robert Plant, John Paul Jones	Rock	444055	134	22
1640	Out On The Tiles	Jimmy Page, Robert Plant, John Bonham	Rock	246047	134	22
1641	Gallows Pole	Traditional	Rock	296228	134	22
1642	Tangerine	Jimmy Page	Rock	189675	134	22
1643	That's The Way	Jimmy Page, Robert Plant	Rock	337345	134	22
1644	Bron-Y-Aur Stomp	Jimmy Page, Robert Plant, John Paul Jones	Rock	259500	134	22
1645	Hats Off To (Roy) Harper	Traditional	Rock	219376	134	22
1646	In The Light	John Paul Jones/Robert Plant	Rock	526785	135	22
1647	Bron-Yr-Aur	Jimmy Page	Rock	126641	135	22
1648	Down By The Seaside	Robert Plant	Rock	316186	135	22
1649	Ten Years Gone	Robert Plant	Rock	393116	135	22
1650	Night Flight	John Paul Jones/Robert Plant	Rock	217547	135	22
1651	The Wanton Song	Robert Plant	Rock	249887	135	22
1652	Boogie With Stu	Ian Stewart/John Bonham/John Paul Jones/Mrs. Valens/Robert Plant	Rock	233273	135	22
1653	Black Country Woman	Robert Plant	Rock	273084	135	22
1654	Sick Again	Robert Plant	Rock	283036	135	22
1655	Achilles Last Stand	Jimmy Page/Robert Plant	Rock	625502	136	22
1656	For Your Life	Jimmy Page/Robert Plant	Rock	384391	136	22
1657	Royal Orleans	John Bonham/John Paul Jones	Rock	179591	136	22
1658	Nobody's Fault But Mine	Jimmy Page/Robert Plant	Rock	376215	136	22
1659	Candy Store Rock	Jimmy Page/Robert Plant	Rock	252055	136	22
1660	Hots On For Nowhere	Jimmy Page/Robert Plant	Rock	284107	136	22
1661	Tea For One	Jimmy Page/Robert Plant	Rock	566752	136	22
1662	Rock & Roll	John Bonham/John Paul Jones/Robert Plant	Rock	242442	137	22
1663	Celebration Day	John Paul Jones/Robert Plant	Rock	230034	137	22
1664	The Song Remains The Same	Robert Plant	Rock	353358	137	22
1665	Rain Song	Robert Plant	Rock	505808	137	22
1666	Dazed And Confused	Jimmy Page	Rock	1612329	137	22
1667	No Quarter	John Paul Jones/Robert Plant	Rock	749897	138	22
1668	Stairway To Heaven	Robert Plant	Rock	657293	138	22
1669	Moby Dick	John Bonham/John Paul Jones	Rock	766354	138	22
1670	Whole Lotta Love	John Bonham/John Paul Jones/Robert Plant/Willie Dixon	Rock	863895	138	22
1671	Natália	Renato Russo	Latin	235728	139	99
1672	L'Avventura	Renato Russo	Latin	278256	139	99
1673	Música De Trabalho	Renato Russo	Latin	260231	139	99
1674	Longe Do Meu Lado	Renato Russo - Marcelo Bonfá	Latin	266161	139	99
1675	A Via Láctea	Renato Russo	Latin	280084	139	99
1676	Música Ambiente	Renato Russo	Latin	247614	139	99
1677	Aloha	Renato Russo	Latin	325955	139	99
1678	Soul Parsifal	Renato Russo - Marisa Monte	Latin	295053	139	99
1679	Dezesseis	Renato Russo	Latin	323918	139	99
1680	Mil Pedaços	Renato Russo	Latin	203337	139	99
1681	Leila	Renato Russo	Latin	323056	139	99
1682	1º De Julho	Renato Russo	Latin	290298	139	99
1683	Esperando Por Mim	Renato Russo	Latin	261668	139	99
1684	Quando Você Voltar	Renato Russo	Latin	173897	139	99
1685	O Livro Dos Dias	Renato Russo	Latin	257253	139	99
1686	Será	Dado Villa-Lobos/Marcelo Bonfá	Latin	148401	140	99
1687	Ainda É Cedo	Dado Villa-Lobos/Ico Ouro-Preto/Marcelo Bonfá	Latin	236826	140	99
1688	Geração Coca-Cola	Renato Russo	Latin	141453	140	99
1689	Eduardo E Mônica	Renato Russo	Latin	271229	140	99
1690	Tempo Perdido	Renato Russo	Latin	302158	140	99
1691	Indios	Renato Russo	Latin	258168	140	99
1692	Que País É Este	Renato Russo	Latin	177606	140	99
1693	Faroeste Caboclo	Renato Russo	Latin	543007	140	99
1694	Há Tempos	Dado Villa-Lobos/Marcelo Bonfá	Latin	197146	140	99
1695	Pais E Filhos	Dado Villa-Lobos/Marcelo Bonfá	Latin	308401	140	99
1696	Meninos E Meninas	Dado Villa-Lobos/Marcelo Bonfá	Latin	203781	140	99
1697	Vento No Litoral	Dado Villa-Lobos/Marcelo Bonfá	Latin	366445	140	99
1698	Perfeição	Dado Villa-Lobos/Marcelo Bonfá	Latin	276558	140	99
1699	Giz	Dado Villa-Lobos/Marcelo Bonfá	Latin	202213	140	99
1700	Dezesseis	Dado Villa-Lobos/Marcelo Bonfá	Latin	321724	140	99
1701	Antes Das Seis	Dado Villa-Lobos	Latin	189231	140	99
1702	Are You Gonna Go My Way	Craig Ross/Lenny Kravitz	Rock	211591	141	100
1703	Fly Away	Lenny Kravitz	Rock	221962	141	100
1704	Rock And Roll Is Dead	Lenny Kravitz	Rock	204199	141	100
1705	Again	Lenny Kravitz	Rock	228989	141	100
1706	It Ain't Over 'Til It's Over	Lenny Kravitz	Rock	242703	141	100
1707	Can't Get You Off My Mind	Lenny Kravitz	Rock	273815	141	100
1708	Mr. Cab Driver	Lenny Kravitz	Rock	230321	141	100
1709	American Woman	B. Cummings/G. Peterson/M.J. Kale/R. Bachman	Rock	261773	141	100
1710	Stand By My Woman	Henry Kirssch/Lenny Kravitz/S. Pasch A. Krizan	Rock	259683	141	100
1711	Always On The Run	Lenny Kravitz/Slash	Rock	232515	141	100
1712	Heaven Help	Gerry DeVeaux/Terry Britten	Rock	190354	141	100
1713	I Belong To You	Lenny Kravitz	Rock	257123	141	100
1714	Believe	Henry Hirsch/Lenny Kravitz	Rock	295131	141	100
1715	Let Love Rule	Lenny Kravitz	Rock	342648	141	100
1716	Black Velveteen	Lenny Kravitz	Rock	290899	141	100
1717	Assim Caminha A Humanidade	\N	Latin	210755	142	101
1718	Honolulu	\N	Latin	261433	143	101
1719	Dancin´Days	\N	Latin	237400	143	101
1720	Um Pro Outro	\N	Latin	236382	142	101
1721	Aviso Aos Navegantes	\N	Latin	242808	143	101
1722	Casa	\N	Latin	307591	142	101
1723	Condição	\N	Latin	263549	142	101
1724	Hyperconectividade	\N	Latin	180636	143	101
1725	O Descobridor Dos Sete Mares	\N	Latin	225854	143	101
1726	Satisfação	\N	Latin	208065	142	101
1727	Brumário	\N	Latin	216241	142	101
1728	Um Certo Alguém	\N	Latin	194063	143	101
1729	Fullgás	\N	Latin	346070	143	101
1730	Sábado À Noite	\N	Latin	193854	142	101
1732	Aquilo	\N	Latin	246073	143	101
1733	Atrás Do Trio Elétrico	\N	Latin	149080	142	101
1734	Senta A Pua	\N	Latin	217547	143	101
1735	Ro-Que-Se-Da-Ne	\N	Latin	146703	143	101
1736	Tudo Bem	\N	Latin	196101	142	101
1737	Toda Forma De Amor	\N	Latin	227813	142	101
1738	Tudo Igual	\N	Latin	276035	143	101
1739	Fogo De Palha	\N	Latin	246804	143	101
1740	Sereia	\N	Latin	278047	142	101
1741	Assaltaram A Gramática	\N	Latin	261041	143	101
1742	Se Você Pensa	\N	Latin	195996	142	101
1743	Lá Vem O Sol (Here Comes The Sun)	\N	Latin	189492	142	101
1744	O Último Romântico (Ao Vivo)	\N	Latin	231993	143	101
1745	Pseudo Silk Kimono	Kelly, Mosley, Rothery, Trewaves	Rock	134739	144	102
1746	Kayleigh	Kelly, Mosley, Rothery, Trewaves	Rock	234605	144	102
1747	Lavender	Kelly, Mosley, Rothery, Trewaves	Rock	153417	144	102
1748	Bitter Suite: Brief Encounter / Lost Weekend / Blue Angel	Kelly, Mosley, Rothery, Trewaves	Rock	356493	144	102
1749	Heart Of Lothian: Wide Boy / Curtain Call	Kelly, Mosley, Rothery, Trewaves	Rock	366053	144	102
1750	Waterhole (Expresso Bongo)	Kelly, Mosley, Rothery, Trewaves	Rock	133093	144	102
1751	Lords Of The Backstage	Kelly, Mosley, Rothery, Trewaves	Rock	112875	144	102
1752	Blind Curve: Vocal Under A Bloodlight / Passing Strangers / Mylo / Perimeter Walk / Threshold	Kelly, Mosley, Rothery, Trewaves	Rock	569704	144	102
1753	Childhoods End?	Kelly, Mosley, Rothery, Trewaves	Rock	272796	144	102
1754	White Feather	Kelly, Mosley, Rothery, Trewaves	Rock	143595	144	102
1755	Arrepio	Carlinhos Brown	Latin	136254	145	103
1756	Magamalabares	Carlinhos Brown	Latin	215875	145	103
1757	Chuva No Brejo	Morais	Latin	145606	145	103
1758	Cérebro Eletrônico	Gilberto Gil	Latin	172800	145	103
1759	Tempos Modernos	Lulu Santos	Latin	183066	145	103
1760	Maraçá	Carlinhos Brown	Latin	230008	145	103
1761	Blanco	Marisa Monte/poema de Octavio Paz/versão: Haroldo de Campos	Latin	45191	145	103
1762	Panis Et Circenses	Caetano Veloso e Gilberto Gil	Latin	192339	145	103
1763	De Noite Na Cama	Caetano Veloso e Gilberto Gil	Latin	209005	145	103
1764	Beija Eu	Caetano Veloso e Gilberto Gil	Latin	197276	145	103
1765	Give Me Love	Caetano Veloso e Gilberto Gil	Latin	249808	145	103
1766	Ainda Lembro	Caetano Veloso e Gilberto Gil	Latin	218801	145	103
1767	A Menina Dança	Caetano Veloso e Gilberto Gil	Latin	129410	145	103
1768	Dança Da Solidão	Caetano Veloso e Gilberto Gil	Latin	203520	145	103
1769	Ao Meu Redor	Caetano Veloso e Gilberto Gil	Latin	275591	145	103
1770	Bem Leve	Caetano Veloso e Gilberto Gil	Latin	159190	145	103
1771	Segue O Seco	Caetano Veloso e Gilberto Gil	Latin	178207	145	103
1772	O Xote Das Meninas	Caetano Veloso e Gilberto Gil	Latin	291866	145	103
1773	Wherever I Lay My Hat	\N	R&B/Soul	136986	146	104
1774	Get My Hands On Some Lovin'	\N	R&B/Soul	149054	146	104
1775	No Good Without You	William "Mickey" Stevenson	R&B/Soul	161410	146	104
1776	You've Been A Long Time Coming	Brian Holland/Eddie Holland/Lamont Dozier	R&B/Soul	137221	146	104
1777	When I Had Your Love	Robert Rogers/Warren "Pete" Moore/William "Mickey" Stevenson	R&B/Soul	152424	146	104
1778	You're What's Happening (In The World Today)	Allen Story/George Gordy/Robert Gordy	R&B/Soul	142027	146	104
1779	Loving You Is Sweeter Than Ever	Ivy Hunter/Stevie Wonder	R&B/Soul	166295	146	104
1780	It's A Bitter Pill To Swallow	Smokey Robinson/Warren "Pete" Moore	R&B/Soul	194821	146	104
1781	Seek And You Shall Find	Ivy Hunter/William "Mickey" Stevenson	R&B/Soul	223451	146	104
1782	Gonna Keep On Tryin' Till I Win Your Love	Barrett Strong/Norman Whitfield	R&B/Soul	176404	146	104
1783	Gonna Give Her All The Love I've Got	Barrett Strong/Norman Whitfield	R&B/Soul	210886	146	104
1784	I Wish It Would Rain	Barrett Strong/Norman Whitfield/Roger Penzabene	R&B/Soul	172486	146	104
1785	Abraham, Martin And John	Dick Holler	R&B/Soul	273057	146	104
1786	Save The Children	Al Cleveland/Marvin Gaye/Renaldo Benson	R&B/Soul	194821	146	104
1787	You Sure Love To Ball	Marvin Gaye	R&B/Soul	218540	146	104
1788	Ego Tripping Out	Marvin Gaye	R&B/Soul	314514	146	104
1789	Praise	Marvin Gaye	R&B/Soul	235833	146	104
1790	Heavy Love Affair	Marvin Gaye	R&B/Soul	227892	146	104
1791	Down Under	\N	Rock	222171	147	105
1792	Overkill	\N	Rock	225410	147	105
1793	Be Good Johnny	\N	Rock	216320	147	105
1794	Everything I Need	\N	Rock	216476	147	105
1795	Down by the Sea	\N	Rock	408163	147	105
1796	Who Can It Be Now?	\N	Rock	202396	147	105
1797	It's a Mistake	\N	Rock	273371	147	105
1798	Dr. Heckyll & Mr. Jive	\N	Rock	278465	147	105
1799	Shakes and Ladders	\N	Rock	198008	147	105
1800	No Sign of Yesterday	\N	Rock	362004	147	105
1801	Enter Sandman	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	332251	148	50
1802	Sad But True	Ulrich	Metal	324754	148	50
1803	Holier Than Thou	Ulrich	Metal	227892	148	50
1804	The Unforgiven	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	387082	148	50
1805	Wherever I May Roam	Ulrich	Metal	404323	148	50
1806	Don't Tread On Me	Ulrich	Metal	240483	148	50
1807	Through The Never	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	244375	148	50
1808	Nothing Else Matters	Ulrich	Metal	388832	148	50
1809	Of Wolf And Man	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	256835	148	50
1810	The God That Failed	Ulrich	Metal	308610	148	50
1811	My Friend Of Misery	James Hetfield, Lars Ulrich and Jason Newsted	Metal	409547	148	50
1812	The Struggle Within	Ulrich	Metal	234240	148	50
1813	Helpless	Harris/Tatler	Metal	398315	149	50
1814	The Small Hours	Holocaust	Metal	403435	149	50
1815	The Wait	Killing Joke	Metal	295418	149	50
1816	Crash Course In Brain Surgery	Bourge/Phillips/Shelley	Metal	190406	149	50
1817	Last Caress/Green Hell	Danzig	Metal	209972	149	50
1818	Am I Evil?	Harris/Tatler	Metal	470256	149	50
1819	Blitzkrieg	Jones/Sirotto/Smith	Metal	216685	149	50
1820	Breadfan	Bourge/Phillips/Shelley	Metal	341551	149	50
1821	The Prince	Harris/Tatler	Metal	265769	149	50
1822	Stone Cold Crazy	Deacon/May/Mercury/Taylor	Metal	137717	149	50
1823	So What	Culmer/Exalt	Metal	189152	149	50
1824	Killing Time	Sweet Savage	Metal	183693	149	50
1825	Overkill	Clarke/Kilmister/Tayler	Metal	245133	149	50
1826	Damage Case	Clarke/Farren/Kilmister/Tayler	Metal	220212	149	50
1827	Stone Dead Forever	Clarke/Kilmister/Tayler	Metal	292127	149	50
1828	Too Late Too Late	Clarke/Kilmister/Tayler	Metal	192052	149	50
1829	Hit The Lights	James Hetfield, Lars Ulrich	Metal	257541	150	50
1830	The Four Horsemen	James Hetfield, Lars Ulrich, Dave Mustaine	Metal	433188	150	50
1831	Motorbreath	James Hetfield	Metal	188395	150	50
1832	Jump In The Fire	James Hetfield, Lars Ulrich, Dave Mustaine	Metal	281573	150	50
1833	(Anesthesia) Pulling Teeth	Cliff Burton	Metal	254955	150	50
1834	Whiplash	James Hetfield, Lars Ulrich	Metal	249208	150	50
1835	Phantom Lord	James Hetfield, Lars Ulrich, Dave Mustaine	Metal	302053	150	50
1836	No Remorse	James Hetfield, Lars Ulrich	Metal	386795	150	50
1837	Seek & Destroy	James Hetfield, Lars Ulrich	Metal	415817	150	50
1838	Metal Militia	James Hetfield, Lars Ulrich, Dave Mustaine	Metal	311327	150	50
1839	Ain't My Bitch	James Hetfield, Lars Ulrich	Metal	304457	151	50
1840	2 X 4	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	328254	151	50
1841	The House Jack Built	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	398942	151	50
1842	Until It Sleeps	James Hetfield, Lars Ulrich	Metal	269740	151	50
1843	King Nothing	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	328097	151	50
1844	Hero Of The Day	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	261982	151	50
1845	Bleeding Me	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	497998	151	50
1846	Cure	James Hetfield, Lars Ulrich	Metal	294347	151	50
1847	Poor Twisted Me	James Hetfield, Lars Ulrich	Metal	240065	151	50
1848	Wasted My Hate	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	237296	151	50
1849	Mama Said	James Hetfield, Lars Ulrich	Metal	319764	151	50
1850	Thorn Within	James Hetfield, Lars Ulrich, Kirk Hammett	Metal	351738	151	50
1851	Ronnie	James Hetfield, Lars Ulrich	Metal	317204	151	50
1852	The Outlaw Torn	James Hetfield, Lars Ulrich	Metal	588721	151	50
1853	Battery	J.Hetfield/L.Ulrich	Metal	312424	152	50
1854	Master Of Puppets	K.Hammett	Metal	515239	152	50
1855	The Thing That Should Not Be	K.Hammett	Metal	396199	152	50
1856	Welcome Home (Sanitarium)	K.Hammett	Metal	387186	152	50
1857	Disposable Heroes	J.Hetfield/L.Ulrich	Metal	496718	152	50
1858	Leper Messiah	C.Burton	Metal	347428	152	50
1859	Orion	K.Hammett	Metal	500062	152	50
1860	Damage Inc.	K.Hammett	Metal	330919	152	50
1861	Fuel	Hetfield, Ulrich, Hammett	Metal	269557	153	50
1862	The Memory Remains	Hetfield, Ulrich	Metal	279353	153	50
1863	Devil's Dance	Hetfield, Ulrich	Metal	318955	153	50
1864	The Unforgiven II	Hetfield, Ulrich, Hammett	Metal	395520	153	50
1865	Better Than You	Hetfield, Ulrich	Metal	322899	153	50
1866	Slither	Hetfield, Ulrich, Hammett	Metal	313103	153	50
1867	Carpe Diem Baby	Hetfield, Ulrich, Hammett	Metal	372480	153	50
1868	Bad Seed	Hetfield, Ulrich, Hammett	Metal	245394	153	50
1869	Where The Wild Things Are	Hetfield, Ulrich, Newsted	Metal	414380	153	50
1870	Prince Charming	Hetfield, Ulrich	Metal	365061	153	50
1871	Low Man's Lyric	Hetfield, Ulrich	Metal	457639	153	50
1872	Attitude	Hetfield, Ulrich	Metal	315898	153	50
1873	Fixxxer	Hetfield, Ulrich, Hammett	Metal	496065	153	50
1874	Fight Fire With Fire	Metallica	Metal	285753	154	50
1875	Ride The Lightning	Metallica	Metal	397740	154	50
1876	For Whom The Bell Tolls	Metallica	Metal	311719	154	50
1877	Fade To Black	Metallica	Metal	414824	154	50
1878	Trapped Under Ice	Metallica	Metal	244532	154	50
1879	Escape	Metallica	Metal	264359	154	50
1880	Creeping Death	Metallica	Metal	396878	154	50
1881	The Call Of Ktulu	Metallica	Metal	534883	154	50
1882	Frantic	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	350458	155	50
1883	St. Anger	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	441234	155	50
1884	Some Kind Of Monster	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	505626	155	50
1885	Dirty Window	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	324989	155	50
1886	Invisible Kid	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	510197	155	50
1887	My World	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	345626	155	50
1888	Shoot Me Again	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	430210	155	50
1889	Sweet Amber	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	327235	155	50
1890	The Unnamed Feeling	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	429479	155	50
1891	Purify	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	314017	155	50
1892	All Within My Hands	Bob Rock/James Hetfield/Kirk Hammett/Lars Ulrich	Metal	527986	155	50
1893	Blackened	James Hetfield, Lars Ulrich & Jason Newsted	Metal	403382	156	50
1894	...And Justice For All	James Hetfield, Lars Ulrich & Kirk Hammett	Metal	585769	156	50
1895	Eye Of The Beholder	James Hetfield, Lars Ulrich & Kirk Hammett	Metal	385828	156	50
1896	One	James Hetfield & Lars Ulrich	Metal	446484	156	50
1897	The Shortest Straw	James Hetfield and Lars Ulrich	Metal	395389	156	50
1898	Harvester Of Sorrow	James Hetfield and Lars Ulrich	Metal	345547	156	50
1899	The Frayed Ends Of Sanity	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	464039	156	50
1900	To Live Is To Die	James Hetfield, Lars Ulrich and Cliff Burton	Metal	588564	156	50
1901	Dyers Eve	James Hetfield, Lars Ulrich and Kirk Hammett	Metal	313991	156	50
1902	Springsville	J. Carisi	Jazz	207725	157	68
1903	The Maids Of Cadiz	L. Delibes	Jazz	233534	157	68
1904	The Duke	Dave Brubeck	Jazz	214961	157	68
1905	My Ship	Ira Gershwin, Kurt Weill	Jazz	268016	157	68
1906	Miles Ahead	Miles Davis, Gil Evans	Jazz	209893	157	68
1907	Blues For Pablo	Gil Evans	Jazz	318328	157	68
1908	New Rhumba	A. Jamal	Jazz	276871	157	68
1909	The Meaning Of The Blues	R. Troup, L. Worth	Jazz	168594	157	68
1910	Lament	J.J. Johnson	Jazz	134191	157	68
1911	I Don't Wanna Be Kissed (By Anyone But You)	H. Spina, J. Elliott	Jazz	191320	157	68
1912	Springsville (Alternate Take)	J. Carisi	Jazz	196388	157	68
1913	Blues For Pablo (Alternate Take)	Gil Evans	Jazz	212558	157	68
1914	The Meaning Of The Blues/Lament (Alternate Take)	J.J. Johnson/R. Troup, L. Worth	Jazz	309786	157	68
1915	I Don't Wanna Be Kissed (By Anyone But You) (Alternate Take)	H. Spina, J. Elliott	Jazz	192078	157	68
1916	Coração De Estudante	Wagner Tiso, Milton Nascimento	Latin	238550	158	42
1917	A Noite Do Meu Bem	Dolores Duran	Latin	220081	158	42
1918	Paisagem Na Janela	Lô Borges, Fernando Brant	Latin	197694	158	42
1919	Cuitelinho	Folclore	Latin	209397	158	42
1920	Caxangá	Milton Nascimento, Fernando Brant	Latin	245551	158	42
1921	Nos Bailes Da Vida	Milton Nascimento, Fernando Brant	Latin	275748	158	42
1922	Menestrel Das Alagoas	Milton Nascimento, Fernando Brant	Latin	199758	158	42
1923	Brasil	Milton Nascimento, Fernando Brant	Latin	155428	158	42
1924	Canção Do Novo Mundo	Beto Guedes, Ronaldo Bastos	Latin	215353	158	42
1925	Um Gosto De Sol	Milton Nascimento, Ronaldo Bastos	Latin	307200	158	42
1926	Solar	Milton Nascimento, Fernando Brant	Latin	156212	158	42
1927	Para Lennon E McCartney	Lô Borges, Márcio Borges, Fernando Brant	Latin	321828	158	42
1928	Maria, Maria	Milton Nascimento, Fernando Brant	Latin	72463	158	42
1929	Minas	Milton Nascimento, Caetano Veloso	Latin	152293	159	42
1930	Fé Cega, Faca Amolada	Milton Nascimento, Ronaldo Bastos	Latin	278099	159	42
1931	Beijo Partido	Toninho Horta	Latin	229564	159	42
1932	Saudade Dos Aviões Da Panair (Conversando No Bar)	Milton Nascimento, Fernando Brant	Latin	268721	159	42
1933	Gran Circo	Milton Nascimento, Márcio Borges	Latin	251297	159	42
1934	Ponta de Areia	Milton Nascimento, Fernando Brant	Latin	272796	159	42
1935	Trastevere	Milton Nascimento, Ronaldo Bastos	Latin	265665	159	42
1936	Idolatrada	Milton Nascimento, Fernando Brant	Latin	286249	159	42
1937	Leila (Venha Ser Feliz)	Milton Nascimento	Latin	209737	159	42
1938	Paula E Bebeto	Milton Nascimento, Caetano Veloso	Latin	135732	159	42
1939	Simples	Nelson Angelo	Latin	133093	159	42
1940	Norwegian Wood	John Lennon, Paul McCartney	Latin	413910	159	42
1941	Caso Você Queira Saber	Beto Guedes, Márcio Borges	Latin	205688	159	42
1942	Ace Of Spades	Clarke/Kilmister/Taylor	Metal	169926	160	106
1943	Love Me Like A Reptile	Clarke/Kilmister/Taylor	Metal	203546	160	106
1944	Shoot You In The Back	Clarke/Kilmister/Taylor	Metal	160026	160	106
1945	Live To Win	Clarke/Kilmister/Taylor	Metal	217626	160	106
1946	Fast And Loose	Clarke/Kilmister/Taylor	Metal	203337	160	106
1947	(We Are) The Road Crew	Clarke/Kilmister/Taylor	Metal	192600	160	106
1948	Fire Fire	Clarke/Kilmister/Taylor	Metal	164675	160	106
1949	Jailbait	Clarke/Kilmister/Taylor	Metal	213916	160	106
1950	Dance	Clarke/Kilmister/Taylor	Metal	158432	160	106
1951	Bite The Bullet	Clarke/Kilmister/Taylor	Metal	98115	160	106
1952	The Chase Is Better Than The Catch	Clarke/Kilmister/Taylor	Metal	258403	160	106
1953	The Hammer	Clarke/Kilmister/Taylor	Metal	168071	160	106
1954	Dirty Love	Clarke/Kilmister/Taylor	Metal	176457	160	106
1955	Please Don't Touch	Heath/Robinson	Metal	169926	160	106
1956	Emergency	Dufort/Johnson/McAuliffe/Williams	Metal	180427	160	106
1957	Kir Royal	Mônica Marianno	World	234788	161	108
1958	O Que Vai Em Meu Coração	Mônica Marianno	World	255373	161	108
1959	Aos Leões	Mônica Marianno	World	234684	161	108
1960	Dois Índios	Mônica Marianno	World	219271	161	108
1961	Noite Negra	Mônica Marianno	World	206811	161	108
1962	Beijo do Olhar	Mônica Marianno	World	252682	161	108
1963	É Fogo	Mônica Marianno	World	194873	161	108
1964	Já Foi	Mônica Marianno	World	245681	161	108
1965	Só Se For Pelo Cabelo	Mônica Marianno	World	238288	161	108
1966	No Clima	Mônica Marianno	World	249495	161	108
1967	A Moça e a Chuva	Mônica Marianno	World	274625	161	108
1968	Demorou!	Mônica Marianno	World	39131	161	108
1969	Bitter Pill	Mick Mars/Nikki Sixx/Tommy Lee/Vince Neil	Metal	266814	162	109
1970	Enslaved	Mick Mars/Nikki Sixx/Tommy Lee	Metal	269844	162	109
1971	Girls, Girls, Girls	Mick Mars/Nikki Sixx/Tommy Lee	Metal	270288	162	109
1972	Kickstart My Heart	Nikki Sixx	Metal	283559	162	109
1973	Wild Side	Nikki Sixx/Tommy Lee/Vince Neil	Metal	276767	162	109
1974	Glitter	Bryan Adams/Nikki Sixx/Scott Humphrey	Metal	340114	162	109
1975	Dr. Feelgood	Mick Mars/Nikki Sixx	Metal	282618	162	109
1976	Same Ol' Situation	Mick Mars/Nikki Sixx/Tommy Lee/Vince Neil	Metal	254511	162	109
1977	Home Sweet Home	Nikki Sixx/Tommy Lee/Vince Neil	Metal	236904	162	109
1978	Afraid	Nikki Sixx	Metal	248006	162	109
1979	Don't Go Away Mad (Just Go Away)	Mick Mars/Nikki Sixx	Metal	279980	162	109
1980	Without You	Mick Mars/Nikki Sixx	Metal	268956	162	109
1981	Smokin' in The Boys Room	Cub Coda/Michael Lutz	Metal	206837	162	109
1982	Primal Scream	Mick Mars/Nikki Sixx/Tommy Lee/Vince Neil	Metal	286197	162	109
1983	Too Fast For Love	Nikki Sixx	Metal	200829	162	109
1984	Looks That Kill	Nikki Sixx	Metal	240979	162	109
1985	Shout At The Devil	Nikki Sixx	Metal	221962	162	109
1986	Intro	Kurt Cobain	Rock	52218	163	110
1987	School	Kurt Cobain	Rock	160235	163	110
1988	Drain You	Kurt Cobain	Rock	215196	163	110
1989	Aneurysm	Nirvana	Rock	271516	163	110
1990	Smells Like Teen Spirit	Nirvana	Rock	287190	163	110
1991	Been A Son	Kurt Cobain	Rock	127555	163	110
1992	Lithium	Kurt Cobain	Rock	250017	163	110
1993	Sliver	Kurt Cobain	Rock	116218	163	110
1994	Spank Thru	Kurt Cobain	Rock	190354	163	110
1995	Scentless Apprentice	Nirvana	Rock	211200	163	110
1996	Heart-Shaped Box	Kurt Cobain	Rock	281887	163	110
1997	Milk It	Kurt Cobain	Rock	225724	163	110
1998	Negative Creep	Kurt Cobain	Rock	163761	163	110
1999	Polly	Kurt Cobain	Rock	149995	163	110
2000	Breed	Kurt Cobain	Rock	208378	163	110
2001	Tourette's	Kurt Cobain	Rock	115591	163	110
2002	Blew	Kurt Cobain	Rock	216346	163	110
2003	Smells Like Teen Spirit	Kurt Cobain	Rock	301296	164	110
2004	In Bloom	Kurt Cobain	Rock	254928	164	110
2005	Come As You Are	Kurt Cobain	Rock	219219	164	110
2006	Breed	Kurt Cobain	Rock	183928	164	110
2007	Lithium	Kurt Cobain	Rock	256992	164	110
2008	Polly	Kurt Cobain	Rock	177031	164	110
2009	Territorial Pissings	Kurt Cobain	Rock	143281	164	110
2010	Drain You	Kurt Cobain	Rock	223973	164	110
2011	Lounge Act	Kurt Cobain	Rock	156786	164	110
2012	Stay Away	Kurt Cobain	Rock	212636	164	110
2013	On A Plain	Kurt Cobain	Rock	196440	164	110
2014	Something In The Way	Kurt Cobain	Rock	230556	164	110
2015	Time	\N	Rock	96888	165	111
2016	P.S.Apareça	\N	Rock	209188	165	111
2017	Sangue Latino	\N	Rock	223033	165	111
2018	Folhas Secas	\N	Rock	161253	165	111
2019	Poeira	\N	Rock	267075	165	111
2020	Mágica	\N	Rock	233743	165	111
2021	Quem Mata A Mulher Mata O Melhor	\N	Rock	262791	165	111
2022	Mundaréu	\N	Rock	217521	165	111
2023	O Braço Da Minha Guitarra	\N	Rock	258351	165	111
2024	Deus	\N	Rock	284160	165	111
2025	Mãe Terra	\N	Rock	306625	165	111
2026	Às Vezes	\N	Rock	330292	165	111
2027	Menino De Rua	\N	Rock	329795	165	111
2028	Prazer E Fé	\N	Rock	214831	165	111
2029	Elza	\N	Rock	199105	165	111
2030	Requebra	\N	Latin	240744	166	112
2031	Nossa Gente (Avisa Là)	\N	Latin	188212	166	112
2032	Olodum - Alegria Geral	\N	Latin	233404	166	112
2033	Madagáscar Olodum	\N	Latin	252264	166	112
2034	Faraó Divindade Do Egito	\N	Latin	228571	166	112
2035	Todo Amor (Asas Da Liberdade)	\N	Latin	245133	166	112
2036	Denúncia	\N	Latin	159555	166	112
2037	Olodum, A Banda Do Pelô	\N	Latin	146599	166	112
2038	Cartao Postal	\N	Latin	211565	166	112
2039	Jeito Faceiro	\N	Latin	217286	166	112
2040	Revolta Olodum	\N	Latin	230191	166	112
2041	Reggae Odoyá	\N	Latin	224470	166	112
2042	Protesto Do Olodum (Ao Vivo)	\N	Latin	206001	166	112
2043	Olodum - Smile (Instrumental)	\N	Latin	235833	166	112
2044	Vulcão Dub - Fui Eu	Bi Ribeira/Herbert Vianna/João Barone	Latin	287059	167	113
2045	O Trem Da Juventude	Herbert Vianna	Latin	225880	167	113
2046	Manguetown	Chico Science/Dengue/Lúcio Maia	Latin	162925	167	113
2047	Um Amor, Um Lugar	Herbert Vianna	Latin	184555	167	113
2048	Bora-Bora	Herbert Vianna	Latin	182987	167	113
2049	Vai Valer	Herbert Vianna	Latin	206524	167	113
2050	I Feel Good (I Got You) - Sossego	James Brown/Tim Maia	Latin	244976	167	113
2051	Uns Dias	Herbert Vianna	Latin	240796	167	113
2052	Sincero Breu	C. A./C.A./Celso Alvim/Herbert Vianna/Mário Moura/Pedro Luís/Sidon Silva	Latin	208013	167	113
2053	Meu Erro	Herbert Vianna	Latin	188577	167	113
2054	Selvagem	Bi Ribeiro/Herbert Vianna/João Barone	Latin	148558	167	113
2055	Brasília 5:31	Herbert Vianna	Latin	178337	167	113
2056	Tendo A Lua	Herbert Vianna/Tet Tillett	Latin	198922	167	113
2057	Que País É Este	Renato Russo	Latin	216685	167	113
2058	Navegar Impreciso	Herbert Vianna	Latin	262870	167	113
2059	Feira Moderna	Beto Guedes/Fernando Brant/L Borges	Latin	182517	167	113
2060	Tequila - Lourinha Bombril (Parate Y Mira)	Bahiano/Chuck Rio/Diego Blanco/Herbert Vianna	Latin	255738	167	113
2061	Vamo Batê Lata	Herbert Vianna	Latin	228754	167	113
2062	Life During Wartime	Chris Frantz/David Byrne/Jerry Harrison/Tina Weymouth	Latin	259186	167	113
2063	Nebulosa Do Amor	Herbert Vianna	Latin	203415	167	113
2064	Caleidoscópio	Herbert Vianna	Latin	256522	167	113
2065	Trac Trac	Fito Paez/Herbert Vianna	Latin	231653	168	113
2066	Tendo A Lua	Herbert Vianna/Tetê Tillet	Latin	219585	168	113
2067	Mensagen De Amor (2000)	Herbert Vianna	Latin	183588	168	113
2068	Lourinha Bombril	Bahiano/Diego Blanco/Herbert Vianna	Latin	159895	168	113
2069	La Bella Luna	Herbert Vianna	Latin	192653	168	113
2070	Busca Vida	Herbert Vianna	Latin	176431	168	113
2071	Uma Brasileira	Carlinhos Brown/Herbert Vianna	Latin	217573	168	113
2072	Luis Inacio (300 Picaretas)	Herbert Vianna	Latin	198191	168	113
2073	Saber Amar	Herbert Vianna	Latin	202788	168	113
2074	Ela Disse Adeus	Herbert Vianna	Latin	226298	168	113
2075	O Amor Nao Sabe Esperar	Herbert Vianna	Latin	241084	168	113
2076	Aonde Quer Que Eu Va	Herbert Vianna/Paulo Sérgio Valle	Latin	258089	168	113
2077	Caleidoscópio	\N	Latin	211330	169	113
2078	Óculos	\N	Latin	219271	169	113
2079	Cinema Mudo	\N	Latin	227918	169	113
2080	Alagados	\N	Latin	302393	169	113
2081	Lanterna Dos Afogados	\N	Latin	190197	169	113
2082	Melô Do Marinheiro	\N	Latin	208352	169	113
2083	Vital E Sua Moto	\N	Latin	210207	169	113
2084	O Beco	\N	Latin	189178	169	113
2085	Meu Erro	\N	Latin	208431	169	113
2086	Perplexo	\N	Latin	161175	169	113
2087	Me Liga	\N	Latin	229590	169	113
2088	Quase Um Segundo	\N	Latin	275644	169	113
2089	Selvagem	\N	Latin	245890	169	113
2090	Romance Ideal	\N	Latin	250070	169	113
2091	Será Que Vai Chover?	\N	Latin	337057	169	113
2092	SKA	\N	Latin	148871	169	113
2093	Bark at the Moon	O. Osbourne	Rock	257252	170	114
2094	I Don't Know	B. Daisley, O. Osbourne & R. Rhoads	Rock	312980	171	114
2879	Collision	\N	TV Shows	2564916	231	149
2095	Crazy Train	B. Daisley, O. Osbourne & R. Rhoads	Rock	295960	171	114
2096	Flying High Again	L. Kerslake, O. Osbourne, R. Daisley & R. Rhoads	Rock	290851	172	114
2097	Mama, I'm Coming Home	L. Kilmister, O. Osbourne & Z. Wylde	Rock	251586	173	114
2098	No More Tears	J. Purdell, M. Inez, O. Osbourne, R. Castillo & Z. Wylde	Rock	444358	173	114
2099	I Don't Know	O. Osbourne, R. Daisley, R. Rhoads	Metal	283088	174	114
2100	Crazy Train	O. Osbourne, R. Daisley, R. Rhoads	Metal	322716	174	114
2101	Believer	O. Osbourne, R. Daisley, R. Rhoads	Metal	308897	174	114
2102	Mr. Crowley	O. Osbourne, R. Daisley, R. Rhoads	Metal	344241	174	114
2103	Flying High Again	O. Osbourne, R. Daisley, R. Rhoads, L. Kerslake	Metal	261224	174	114
2104	Relvelation (Mother Earth)	O. Osbourne, R. Daisley, R. Rhoads	Metal	349440	174	114
2105	Steal Away (The Night)	O. Osbourne, R. Daisley, R. Rhoads	Metal	485720	174	114
2106	Suicide Solution (With Guitar Solo)	O. Osbourne, R. Daisley, R. Rhoads	Metal	467069	174	114
2107	Iron Man	A. F. Iommi, W. Ward, T. Butler, J. Osbourne	Metal	172120	174	114
2108	Children Of The Grave	A. F. Iommi, W. Ward, T. Butler, J. Osbourne	Metal	357067	174	114
2109	Paranoid	A. F. Iommi, W. Ward, T. Butler, J. Osbourne	Metal	176352	174	114
2110	Goodbye To Romance	O. Osbourne, R. Daisley, R. Rhoads	Metal	334393	174	114
2111	No Bone Movies	O. Osbourne, R. Daisley, R. Rhoads	Metal	249208	174	114
2112	Dee	R. Rhoads	Metal	261302	174	114
2113	Shining In The Light	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	240796	175	115
2114	When The World Was Young	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	373394	175	115
2115	Upon A Golden Horse	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	232359	175	115
2116	Blue Train	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	405028	175	115
2117	Please Read The Letter	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	262112	175	115
2118	Most High	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	336535	175	115
2119	Heart In Your Hand	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	230896	175	115
2120	Walking Into Clarksdale	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	318511	175	115
2121	Burning Up	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	321619	175	115
2122	When I Was A Child	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	345626	175	115
2123	House Of Love	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	335699	175	115
2124	Sons Of Freedom	Jimmy Page, Robert Plant, Charlie Jones, Michael Lee	Rock	246465	175	115
2125	United Colours	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	330266	176	116
2126	Slug	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	281469	176	116
2127	Your Blue Room	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	328228	176	116
2128	Always Forever Now	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	383764	176	116
2129	A Different Kind Of Blue	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	120816	176	116
2130	Beach Sequence	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	212297	176	116
2131	Miss Sarajevo	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	340767	176	116
2132	Ito Okashi	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	205087	176	116
2133	One Minute Warning	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	279693	176	116
2134	Corpse (These Chains Are Way Too Long)	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	214909	176	116
2135	Elvis Ate America	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	180166	176	116
2136	Plot 180	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	221596	176	116
2137	Theme From The Swan	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	203911	176	116
2138	Theme From Let's Go Native	Brian Eno, Bono, Adam Clayton, The Edge & Larry Mullen Jnr.	Soundtrack	186723	176	116
2139	Wrathchild	Steve Harris	Rock	170396	177	117
2140	Killers	Paul Di'Anno/Steve Harris	Rock	309995	177	117
2141	Prowler	Steve Harris	Rock	240274	177	117
2142	Murders In The Rue Morgue	Steve Harris	Rock	258638	177	117
2143	Women In Uniform	Greg Macainsh	Rock	189936	177	117
2144	Remember Tomorrow	Paul Di'Anno/Steve Harris	Rock	326426	177	117
2145	Sanctuary	David Murray/Paul Di'Anno/Steve Harris	Rock	198844	177	117
2146	Running Free	Paul Di'Anno/Steve Harris	Rock	199706	177	117
2147	Phantom Of The Opera	Steve Harris	Rock	418168	177	117
2148	Iron Maiden	Steve Harris	Rock	235232	177	117
2149	Corduroy	Pearl Jam & Eddie Vedder	Rock	305293	178	118
2150	Given To Fly	Eddie Vedder & Mike McCready	Rock	233613	178	118
2151	Hail, Hail	Stone Gossard & Eddie Vedder & Jeff Ament & Mike McCready	Rock	223764	178	118
2152	Daughter	Dave Abbruzzese & Jeff Ament & Stone Gossard & Mike McCready & Eddie Vedder	Rock	407484	178	118
2153	Elderly Woman Behind The Counter In A Small Town	Dave Abbruzzese & Jeff Ament & Stone Gossard & Mike McCready & Eddie Vedder	Rock	229328	178	118
2154	Untitled	Pearl Jam	Rock	122801	178	118
2155	MFC	Eddie Vedder	Rock	148192	178	118
2156	Go	Dave Abbruzzese & Jeff Ament & Stone Gossard & Mike McCready & Eddie Vedder	Rock	161541	178	118
2157	Red Mosquito	Jeff Ament & Stone Gossard & Jack Irons & Mike McCready & Eddie Vedder	Rock	242991	178	118
2158	Even Flow	Stone Gossard & Eddie Vedder	Rock	317100	178	118
2159	Off He Goes	Eddie Vedder	Rock	343222	178	118
2160	Nothingman	Jeff Ament & Eddie Vedder	Rock	278595	178	118
2161	Do The Evolution	Eddie Vedder & Stone Gossard	Rock	225462	178	118
2162	Better Man	Eddie Vedder	Rock	246204	178	118
2163	Black	Stone Gossard & Eddie Vedder	Rock	415712	178	118
2164	F*Ckin' Up	Neil Young	Rock	377652	178	118
2165	Life Wasted	Stone Gossard	Alternative & Punk	234344	179	118
2166	World Wide Suicide	Eddie Vedder	Alternative & Punk	209188	179	118
2167	Comatose	Mike McCready & Stone Gossard	Alternative & Punk	139990	179	118
2168	Severed Hand	Eddie Vedder	Alternative & Punk	270341	179	118
2169	Marker In The Sand	Mike McCready	Alternative & Punk	263235	179	118
2170	Parachutes	Stone Gossard	Alternative & Punk	216555	179	118
2171	Unemployable	Matt Cameron & Mike McCready	Alternative & Punk	184398	179	118
2172	Big Wave	Jeff Ament	Alternative & Punk	178573	179	118
2173	Gone	Eddie Vedder	Alternative & Punk	249547	179	118
2174	Wasted Reprise	Stone Gossard	Alternative & Punk	53733	179	118
2175	Army Reserve	Jeff Ament	Alternative & Punk	225567	179	118
2176	Come Back	Eddie Vedder & Mike McCready	Alternative & Punk	329743	179	118
2177	Inside Job	Eddie Vedder & Mike McCready	Alternative & Punk	428643	179	118
2178	Can't Keep	Eddie Vedder	Rock	219428	180	118
2179	Save You	Eddie Vedder/Jeff Ament/Matt Cameron/Mike McCready/Stone Gossard	Rock	230112	180	118
2180	Love Boat Captain	Eddie Vedder	Rock	276453	180	118
2181	Cropduster	Matt Cameron	Rock	231888	180	118
2182	Ghost	Jeff Ament	Rock	195108	180	118
2183	I Am Mine	Eddie Vedder	Rock	215719	180	118
2184	Thumbing My Way	Eddie Vedder	Rock	250226	180	118
2185	You Are	Matt Cameron	Rock	270863	180	118
2186	Get Right	Matt Cameron	Rock	158589	180	118
2187	Green Disease	Eddie Vedder	Rock	161253	180	118
2188	Help Help	Jeff Ament	Rock	215092	180	118
2189	Bushleager	Stone Gossard	Rock	237479	180	118
2190	1/2 Full	Jeff Ament	Rock	251010	180	118
2191	Arc	Pearl Jam	Rock	65593	180	118
2192	All or None	Stone Gossard	Rock	277655	180	118
2193	Once	Stone Gossard	Rock	231758	181	118
2194	Evenflow	Stone Gossard	Rock	293720	181	118
2195	Alive	Stone Gossard	Rock	341080	181	118
2196	Why Go	Jeff Ament	Rock	200254	181	118
2197	Black	Dave Krusen/Stone Gossard	Rock	343823	181	118
2198	Jeremy	Jeff Ament	Rock	318981	181	118
2199	Oceans	Jeff Ament/Stone Gossard	Rock	162194	181	118
2200	Porch	Eddie Vedder	Rock	210520	181	118
2201	Garden	Jeff Ament/Stone Gossard	Rock	299154	181	118
2202	Deep	Jeff Ament/Stone Gossard	Rock	258324	181	118
2203	Release	Jeff Ament/Mike McCready/Stone Gossard	Rock	546063	181	118
2204	Go	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	193123	182	118
2205	Animal	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	169325	182	118
2206	Daughter	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	235598	182	118
2207	Glorified G	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	206968	182	118
2208	Dissident	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	215510	182	118
2209	W.M.A.	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	359262	182	118
2210	Blood	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	170631	182	118
2211	Rearviewmirror	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	284186	182	118
2212	Rats	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	255425	182	118
2213	Elderly Woman Behind The Counter In A Small Town	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	196336	182	118
2214	Leash	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	189257	182	118
2215	Indifference	Dave Abbruzzese/Eddie Vedder/Jeff Ament/Mike McCready/Stone Gossard	Rock	302053	182	118
2216	Johnny B. Goode	\N	Reggae	243200	141	100
2217	Don't Look Back	\N	Reggae	221100	141	100
2218	Jah Seh No	\N	Reggae	276871	141	100
2219	I'm The Toughest	\N	Reggae	230191	141	100
2220	Nothing But Love	\N	Reggae	221570	141	100
2221	Buk-In-Hamm Palace	\N	Reggae	265665	141	100
2222	Bush Doctor	\N	Reggae	239751	141	100
2223	Wanted Dread And Alive	\N	Reggae	260310	141	100
2224	Mystic Man	\N	Reggae	353671	141	100
2225	Coming In Hot	\N	Reggae	213054	141	100
2226	Pick Myself Up	\N	Reggae	234684	141	100
2227	Crystal Ball	\N	Reggae	309733	141	100
2228	Equal Rights Downpresser Man	\N	Reggae	366733	141	100
2229	Speak To Me/Breathe	Mason/Waters, Gilmour, Wright	Rock	234213	183	120
2230	On The Run	Gilmour, Waters	Rock	214595	183	120
2231	Time	Mason, Waters, Wright, Gilmour	Rock	425195	183	120
2232	The Great Gig In The Sky	Wright, Waters	Rock	284055	183	120
2233	Money	Waters	Rock	391888	183	120
2234	Us And Them	Waters, Wright	Rock	461035	183	120
2235	Any Colour You Like	Gilmour, Mason, Wright, Waters	Rock	205740	183	120
2236	Brain Damage	Waters	Rock	230556	183	120
2237	Eclipse	Waters	Rock	125361	183	120
2238	ZeroVinteUm	\N	Hip Hop/Rap	315637	184	121
2239	Queimando Tudo	\N	Hip Hop/Rap	172591	184	121
2240	Hip Hop Rio	\N	Hip Hop/Rap	151536	184	121
2241	Bossa	\N	Hip Hop/Rap	29048	184	121
2242	100% HardCore	\N	Hip Hop/Rap	165146	184	121
2243	Biruta	\N	Hip Hop/Rap	213263	184	121
2244	Mão Na Cabeça	\N	Hip Hop/Rap	202631	184	121
2245	O Bicho Tá Pregando	\N	Hip Hop/Rap	171964	184	121
2246	Adoled (Ocean)	\N	Hip Hop/Rap	185103	184	121
2247	Seus Amigos	\N	Hip Hop/Rap	100858	184	121
2248	Paga Pau	\N	Hip Hop/Rap	197485	184	121
2249	Rappers Reais	\N	Hip Hop/Rap	202004	184	121
2250	Nega Do Cabelo Duro	\N	Hip Hop/Rap	121808	184	121
2251	Hemp Family	\N	Hip Hop/Rap	205923	184	121
2252	Quem Me Cobrou?	\N	Hip Hop/Rap	121704	184	121
2253	Se Liga	\N	Hip Hop/Rap	410409	184	121
2254	Bohemian Rhapsody	Mercury, Freddie	Rock	358948	185	51
2255	Another One Bites The Dust	Deacon, John	Rock	216946	185	51
2256	Killer Queen	Mercury, Freddie	Rock	182099	185	51
2257	Fat Bottomed Girls	May, Brian	Rock	204695	185	51
2258	Bicycle Race	Mercury, Freddie	Rock	183823	185	51
2259	You're My Best Friend	Deacon, John	Rock	172225	185	51
2260	Don't Stop Me Now	Mercury, Freddie	Rock	211826	185	51
2261	Save Me	May, Brian	Rock	228832	185	51
2880	Confidence Man	\N	TV Shows	2615244	230	149
2262	Crazy Little Thing Called Love	Mercury, Freddie	Rock	164231	185	51
2263	Somebody To Love	Mercury, Freddie	Rock	297351	185	51
2264	Now I'm Here	May, Brian	Rock	255346	185	51
2265	Good Old-Fashioned Lover Boy	Mercury, Freddie	Rock	175960	185	51
2266	Play The Game	Mercury, Freddie	Rock	213368	185	51
2267	Flash	May, Brian	Rock	168489	185	51
2268	Seven Seas Of Rhye	Mercury, Freddie	Rock	170553	185	51
2269	We Will Rock You	Deacon, John/May, Brian	Rock	122880	185	51
2270	We Are The Champions	Mercury, Freddie	Rock	180950	185	51
2271	We Will Rock You	May	Rock	122671	186	51
2272	We Are The Champions	Mercury	Rock	182883	186	51
2273	Sheer Heart Attack	Taylor	Rock	207386	186	51
2274	All Dead, All Dead	May	Rock	190119	186	51
2275	Spread Your Wings	Deacon	Rock	275356	186	51
2276	Fight From The Inside	Taylor	Rock	184737	186	51
2277	Get Down, Make Love	Mercury	Rock	231235	186	51
2278	Sleep On The Sidewalk	May	Rock	187428	186	51
2279	Who Needs You	Deacon	Rock	186958	186	51
2280	It's Late	May	Rock	386194	186	51
2281	My Melancholy Blues	Mercury	Rock	206471	186	51
2282	Shiny Happy People	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	226298	187	122
2283	Me In Honey	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	246674	187	122
2284	Radio Song	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	255477	187	122
2285	Pop Song 89	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	185730	188	124
2286	Get Up	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	160235	188	124
2287	You Are The Everything	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	226298	188	124
2288	Stand	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	192862	188	124
2289	World Leader Pretend	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	259761	188	124
2290	The Wrong Child	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	216633	188	124
2291	Orange Crush	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	231706	188	124
2292	Turn You Inside-Out	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	257358	188	124
2293	Hairshirt	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	235911	188	124
2294	I Remember California	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	304013	188	124
2295	Untitled	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Alternative & Punk	191503	188	124
2296	How The West Was Won And Where It Got Us	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	271151	189	124
2297	The Wake-Up Bomb	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	308532	189	124
2298	New Test Leper	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	326791	189	124
2299	Undertow	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	309498	189	124
2300	E-Bow The Letter	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	324963	189	124
2301	Leave	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	437968	189	124
2302	Departure	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	209423	189	124
2303	Bittersweet Me	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	245812	189	124
2304	Be Mine	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	333087	189	124
2305	Binky The Doormat	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	301688	189	124
2306	Zither	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	154148	189	124
2307	So Fast, So Numb	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	252682	189	124
2308	Low Desert	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	212062	189	124
2309	Electrolite	Bill Berry-Peter Buck-Mike Mills-Michael Stipe	Rock	245315	189	124
2310	Losing My Religion	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	269035	187	122
2311	Low	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	296777	187	122
2312	Near Wild Heaven	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	199862	187	122
2313	Endgame	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	230687	187	122
2314	Belong	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	247013	187	122
2315	Half A World Away	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	208431	187	122
2316	Texarkana	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	220081	187	122
2317	Country Feedback	Bill Berry/Michael Stipe/Mike Mills/Peter Buck	Alternative & Punk	249782	187	122
2318	Carnival Of Sorts	R.E.M.	Alternative & Punk	233482	190	124
2319	Radio Free Aurope	R.E.M.	Alternative & Punk	245315	190	124
2320	Perfect Circle	R.E.M.	Alternative & Punk	208509	190	124
2321	Talk About The Passion	R.E.M.	Alternative & Punk	203206	190	124
2322	So Central Rain	R.E.M.	Alternative & Punk	194768	190	124
2323	Don't Go Back To Rockville	R.E.M.	Alternative & Punk	272352	190	124
2324	Pretty Persuasion	R.E.M.	Alternative & Punk	229929	190	124
2325	Green Grow The Rushes	R.E.M.	Alternative & Punk	225671	190	124
2326	Can't Get There From Here	R.E.M.	Alternative & Punk	220630	190	124
2327	Driver 8	R.E.M.	Alternative & Punk	204747	190	124
2328	Fall On Me	R.E.M.	Alternative & Punk	172016	190	124
2329	I Believe	R.E.M.	Alternative & Punk	227709	190	124
2330	Cuyahoga	R.E.M.	Alternative & Punk	260623	190	124
2331	The One I Love	R.E.M.	Alternative & Punk	197355	190	124
2332	The Finest Worksong	R.E.M.	Alternative & Punk	229276	190	124
2333	It's The End Of The World As We Know It (And I Feel Fine)	R.E.M.	Alternative & Punk	244819	190	124
2334	Infeliz Natal	Rodolfo	Alternative & Punk	138266	191	125
2335	A Sua	Rodolfo	Alternative & Punk	142132	191	125
2336	Papeau Nuky Doe	Rodolfo	Alternative & Punk	121652	191	125
2337	Merry Christmas	Rodolfo	Alternative & Punk	126040	191	125
2338	Bodies	Rodolfo	Alternative & Punk	180035	191	125
2339	Puteiro Em João Pessoa	Rodolfo	Alternative & Punk	195578	191	125
2340	Esporrei Na Manivela	Rodolfo	Alternative & Punk	293276	191	125
2341	Bê-a-Bá	Rodolfo	Alternative & Punk	249051	191	125
2342	Cajueiro	Rodolfo	Alternative & Punk	158589	191	125
2343	Palhas Do Coqueiro	Rodolfo	Alternative & Punk	133851	191	125
2344	Maluco Beleza	\N	Rock	203206	192	126
2345	O Dia Em Que A Terra Parou	\N	Rock	261720	192	126
2346	No Fundo Do Quintal Da Escola	\N	Rock	177606	192	126
2347	O Segredo Do Universo	\N	Rock	192679	192	126
2348	As Profecias	\N	Rock	232515	192	126
2349	Mata Virgem	\N	Rock	142602	192	126
2350	Sapato 36	\N	Rock	196702	192	126
2351	Todo Mundo Explica	\N	Rock	134896	192	126
2352	Que Luz É Essa	\N	Rock	165067	192	126
2353	Diamante De Mendigo	\N	Rock	206053	192	126
2354	Negócio É	\N	Rock	175464	192	126
2355	Muita Estrela, Pouca Constelação	\N	Rock	268068	192	126
2356	Século XXI	\N	Rock	244897	192	126
2357	Rock Das Aranhas (Ao Vivo) (Live)	\N	Rock	231836	192	126
2358	The Power Of Equality	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	243591	193	127
2359	If You Have To Ask	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	216790	193	127
2360	Breaking The Girl	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	295497	193	127
2361	Funky Monks	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	323395	193	127
2362	Suck My Kiss	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	217234	193	127
2363	I Could Have Lied	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	244506	193	127
2364	Mellowship Slinky In B Major	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	240091	193	127
2365	The Righteous & The Wicked	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	248084	193	127
2366	Give It Away	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	283010	193	127
2367	Blood Sugar Sex Magik	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	271229	193	127
2368	Under The Bridge	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	264359	193	127
2369	Naked In The Rain	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	265717	193	127
2370	Apache Rose Peacock	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	282226	193	127
2371	The Greeting Song	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	193593	193	127
2372	My Lovely Man	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	279118	193	127
2373	Sir Psycho Sexy	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Alternative & Punk	496692	193	127
2374	They're Red Hot	Robert Johnson	Alternative & Punk	71941	193	127
2375	By The Way	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	218017	194	127
2376	Universally Speaking	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	259213	194	127
2377	This Is The Place	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	257906	194	127
2378	Dosed	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	312058	194	127
2379	Don't Forget Me	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	277995	194	127
2380	The Zephyr Song	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	232960	194	127
2381	Can't Stop	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	269400	194	127
2382	I Could Die For You	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	193906	194	127
2383	Midnight	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	295810	194	127
2384	Throw Away Your Television	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	224574	194	127
2385	Cabron	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	218592	194	127
2386	Tear	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	317413	194	127
2387	On Mercury	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	208509	194	127
2388	Minor Thing	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	217835	194	127
2389	Warm Tape	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	256653	194	127
2390	Venice Queen	Anthony Kiedis, Flea, John Frusciante, and Chad Smith	Rock	369110	194	127
2391	Around The World	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Rock	238837	195	127
2392	Parallel Universe	Red Hot Chili Peppers	Rock	270654	195	127
2393	Scar Tissue	Red Hot Chili Peppers	Rock	217469	195	127
2394	Otherside	Red Hot Chili Peppers	Rock	255973	195	127
2395	Get On Top	Red Hot Chili Peppers	Rock	198164	195	127
2396	Californication	Red Hot Chili Peppers	Rock	321671	195	127
2397	Easily	Red Hot Chili Peppers	Rock	231418	195	127
2398	Porcelain	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Rock	163787	195	127
2399	Emit Remmus	Red Hot Chili Peppers	Rock	240300	195	127
2400	I Like Dirt	Red Hot Chili Peppers	Rock	157727	195	127
2401	This Velvet Glove	Red Hot Chili Peppers	Rock	225280	195	127
2402	Savior	Anthony Kiedis/Chad Smith/Flea/John Frusciante	Rock	292493	195	127
2403	Purple Stain	Red Hot Chili Peppers	Rock	253440	195	127
2404	Right On Time	Red Hot Chili Peppers	Rock	112613	195	127
2405	Road Trippin'	Red Hot Chili Peppers	Rock	205635	195	127
2406	The Spirit Of Radio	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	299154	196	128
2407	The Trees	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	285126	196	128
2408	Something For Nothing	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	240770	196	128
2409	Freewill	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	324362	196	128
2410	Xanadu	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	667428	196	128
2411	Bastille Day	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	280528	196	128
2412	By-Tor And The Snow Dog	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	519888	196	128
2413	Anthem	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	264515	196	128
2414	Closer To The Heart	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	175412	196	128
2415	2112 Overture	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	272718	196	128
2416	The Temples Of Syrinx	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	133459	196	128
2417	La Villa Strangiato	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	577488	196	128
2418	Fly By Night	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	202318	196	128
2419	Finding My Way	Geddy Lee And Alex Lifeson/Geddy Lee And Neil Peart/Rush	Rock	305528	196	128
2420	Jingo	M.Babatunde Olantunji	Rock	592953	197	59
2421	El Corazon Manda	E.Weiss	Rock	713534	197	59
2422	La Puesta Del Sol	E.Weiss	Rock	628062	197	59
2423	Persuasion	Carlos Santana	Rock	318432	197	59
2424	As The Years Go by	Albert King	Rock	233064	197	59
2425	Soul Sacrifice	Carlos Santana	Rock	296437	197	59
2426	Fried Neckbones And Home Fries	W.Correa	Rock	638563	197	59
2427	Santana Jam	Carlos Santana	Rock	882834	197	59
2428	Evil Ways	\N	Rock	475402	198	59
2429	We've Got To Get Together/Jingo	\N	Rock	1070027	198	59
2430	Rock Me	\N	Rock	94720	198	59
2431	Just Ain't Good Enough	\N	Rock	850259	198	59
2432	Funky Piano	\N	Rock	934791	198	59
2433	The Way You Do To Mer	\N	Rock	618344	198	59
2434	Holding Back The Years	Mick Hucknall and Neil Moss	Rock	270053	141	100
2435	Money's Too Tight To Mention	John and William Valentine	Rock	268408	141	100
2436	The Right Thing	Mick Hucknall	Rock	262687	141	100
2437	It's Only Love	Jimmy and Vella Cameron	Rock	232594	141	100
2438	A New Flame	Mick Hucknall	Rock	237662	141	100
2439	You've Got It	Mick Hucknall and Lamont Dozier	Rock	235232	141	100
2440	If You Don't Know Me By Now	Kenny Gamble and Leon Huff	Rock	206524	141	100
2441	Stars	Mick Hucknall	Rock	248137	141	100
2442	Something Got Me Started	Mick Hucknall and Fritz McIntyre	Rock	239595	141	100
2443	Thrill Me	Mick Hucknall and Fritz McIntyre	Rock	303934	141	100
2444	Your Mirror	Mick Hucknall	Rock	240666	141	100
2445	For Your Babies	Mick Hucknall	Rock	256992	141	100
2446	So Beautiful	Mick Hucknall	Rock	298083	141	100
2447	Angel	Carolyn Franklin and Sonny Saunders	Rock	240561	141	100
2448	Fairground	Mick Hucknall	Rock	263888	141	100
2449	Água E Fogo	Chico Amaral/Edgard Scandurra/Samuel Rosa	Rock	278987	199	130
2450	Três Lados	Chico Amaral/Samuel Rosa	Rock	233665	199	130
2451	Ela Desapareceu	Chico Amaral/Samuel Rosa	Rock	250122	199	130
2452	Balada Do Amor Inabalável	Fausto Fawcett/Samuel Rosa	Rock	240613	199	130
2453	Canção Noturna	Chico Amaral/Lelo Zanettik	Rock	238628	199	130
2454	Muçulmano	Leão, Rodrigo F./Samuel Rosa	Rock	249600	199	130
2455	Maquinarama	Chico Amaral/Samuel Rosa	Rock	245629	199	130
2456	Rebelião	Chico Amaral/Samuel Rosa	Rock	298527	199	130
2457	A Última Guerra	Leão, Rodrigo F./Lô Borges/Samuel Rosa	Rock	314723	199	130
2458	Fica	Chico Amaral/Samuel Rosa	Rock	272169	199	130
2459	Ali	Nando Reis/Samuel Rosa	Rock	306390	199	130
2460	Preto Damião	Chico Amaral/Samuel Rosa	Rock	264568	199	130
2461	É Uma Partida De Futebol	Samuel Rosa	Rock	1071	200	130
2462	Eu Disse A Ela	Samuel Rosa	Rock	254223	200	130
2463	Zé Trindade	Samuel Rosa	Rock	247954	200	130
2464	Garota Nacional	Samuel Rosa	Rock	317492	200	130
2465	Tão Seu	Samuel Rosa	Rock	243748	200	130
2466	Sem Terra	Samuel Rosa	Rock	279353	200	130
2467	Os Exilados	Samuel Rosa	Rock	245551	200	130
2468	Um Dia Qualquer	Samuel Rosa	Rock	292414	200	130
2469	Los Pretos	Samuel Rosa	Rock	239229	200	130
2470	Sul Da América	Samuel Rosa	Rock	254928	200	130
2471	Poconé	Samuel Rosa	Rock	318406	200	130
2472	Lucky 13	Billy Corgan	Alternative & Punk	189387	201	131
2473	Aeroplane Flies High	Billy Corgan	Alternative & Punk	473391	201	131
2474	Because You Are	Billy Corgan	Alternative & Punk	226403	201	131
2475	Slow Dawn	Billy Corgan	Alternative & Punk	192339	201	131
2476	Believe	James Iha	Alternative & Punk	192940	201	131
2477	My Mistake	Billy Corgan	Alternative & Punk	240901	201	131
2478	Marquis In Spades	Billy Corgan	Alternative & Punk	192731	201	131
2479	Here's To The Atom Bomb	Billy Corgan	Alternative & Punk	266893	201	131
2480	Sparrow	Billy Corgan	Alternative & Punk	176822	201	131
2481	Waiting	Billy Corgan	Alternative & Punk	228336	201	131
2482	Saturnine	Billy Corgan	Alternative & Punk	229877	201	131
2483	Rock On	David Cook	Alternative & Punk	366471	201	131
2484	Set The Ray To Jerry	Billy Corgan	Alternative & Punk	249364	201	131
2485	Winterlong	Billy Corgan	Alternative & Punk	299389	201	131
2486	Soot & Stars	Billy Corgan	Alternative & Punk	399986	201	131
2487	Blissed & Gone	Billy Corgan	Alternative & Punk	286302	201	131
2488	Siva	Billy Corgan	Alternative & Punk	261172	202	131
2489	Rhinocerous	Billy Corgan	Alternative & Punk	353462	202	131
2490	Drown	Billy Corgan	Alternative & Punk	270497	202	131
2491	Cherub Rock	Billy Corgan	Alternative & Punk	299389	202	131
2492	Today	Billy Corgan	Alternative & Punk	202213	202	131
2493	Disarm	Billy Corgan	Alternative & Punk	198556	202	131
2494	Landslide	Stevie Nicks	Alternative & Punk	190275	202	131
2495	Bullet With Butterfly Wings	Billy Corgan	Alternative & Punk	257306	202	131
2496	1979	Billy Corgan	Alternative & Punk	263653	202	131
2497	Zero	Billy Corgan	Alternative & Punk	161123	202	131
2498	Tonight, Tonight	Billy Corgan	Alternative & Punk	255686	202	131
2499	Eye	Billy Corgan	Alternative & Punk	294530	202	131
2500	Ava Adore	Billy Corgan	Alternative & Punk	261433	202	131
2501	Perfect	Billy Corgan	Alternative & Punk	203023	202	131
2502	The Everlasting Gaze	Billy Corgan	Alternative & Punk	242155	202	131
2503	Stand Inside Your Love	Billy Corgan	Alternative & Punk	253753	202	131
2504	Real Love	Billy Corgan	Alternative & Punk	250697	202	131
2505	[Untitled]	Billy Corgan	Alternative & Punk	231784	202	131
2506	Nothing To Say	Chris Cornell/Kim Thayil	Rock	238027	203	132
2507	Flower	Chris Cornell/Kim Thayil	Rock	208822	203	132
2508	Loud Love	Chris Cornell	Rock	297456	203	132
2509	Hands All Over	Chris Cornell/Kim Thayil	Rock	362475	203	132
2510	Get On The Snake	Chris Cornell/Kim Thayil	Rock	225123	203	132
2511	Jesus Christ Pose	Ben Shepherd/Chris Cornell/Kim Thayil/Matt Cameron	Rock	352966	203	132
2512	Outshined	Chris Cornell	Rock	312476	203	132
2513	Rusty Cage	Chris Cornell	Rock	267728	203	132
2514	Spoonman	Chris Cornell	Rock	248476	203	132
2515	The Day I Tried To Live	Chris Cornell	Rock	321175	203	132
2516	Black Hole Sun	Soundgarden	Rock	320365	203	132
2517	Fell On Black Days	Chris Cornell	Rock	282331	203	132
2518	Pretty Noose	Chris Cornell	Rock	253570	203	132
2519	Burden In My Hand	Chris Cornell	Rock	292153	203	132
2520	Blow Up The Outside World	Chris Cornell	Rock	347898	203	132
2521	Ty Cobb	Ben Shepherd/Chris Cornell	Rock	188786	203	132
2522	Bleed Together	Chris Cornell	Rock	232202	203	132
2523	Morning Dance	Jay Beckenstein	Jazz	238759	204	53
2524	Jubilee	Jeremy Wall	Jazz	275147	204	53
2525	Rasul	Jeremy Wall	Jazz	238315	204	53
2526	Song For Lorraine	Jay Beckenstein	Jazz	240091	204	53
2527	Starburst	Jeremy Wall	Jazz	291500	204	53
2528	Heliopolis	Jay Beckenstein	Jazz	338729	204	53
2529	It Doesn't Matter	Chet Catallo	Jazz	270027	204	53
2530	Little Linda	Jeremy Wall	Jazz	264019	204	53
2531	End Of Romanticism	Rick Strauss	Jazz	320078	204	53
2532	The House Is Rockin'	Doyle Bramhall/Stevie Ray Vaughan	Blues	144352	205	133
2533	Crossfire	B. Carter/C. Layton/R. Ellsworth/R. Wynans/T. Shannon	Blues	251219	205	133
2534	Tightrope	Doyle Bramhall/Stevie Ray Vaughan	Blues	281155	205	133
2535	Let Me Love You Baby	Willie Dixon	Blues	164127	205	133
2536	Leave My Girl Alone	B. Guy	Blues	256365	205	133
2537	Travis Walk	Stevie Ray Vaughan	Blues	140826	205	133
2538	Wall Of Denial	Doyle Bramhall/Stevie Ray Vaughan	Blues	336927	205	133
2539	Scratch-N-Sniff	Doyle Bramhall/Stevie Ray Vaughan	Blues	163422	205	133
2540	Love Me Darlin'	C. Burnett	Blues	201586	205	133
2541	Riviera Paradise	Stevie Ray Vaughan	Blues	528692	205	133
2542	Dead And Bloated	R. DeLeo/Weiland	Rock	310386	206	134
2543	Sex Type Thing	D. DeLeo/Kretz/Weiland	Rock	218723	206	134
2544	Wicked Garden	D. DeLeo/R. DeLeo/Weiland	Rock	245368	206	134
2545	No Memory	Dean Deleo	Rock	80613	206	134
2546	Sin	R. DeLeo/Weiland	Rock	364800	206	134
2547	Naked Sunday	D. DeLeo/Kretz/R. DeLeo/Weiland	Rock	229720	206	134
2548	Creep	R. DeLeo/Weiland	Rock	333191	206	134
2549	Piece Of Pie	R. DeLeo/Weiland	Rock	324623	206	134
2550	Plush	R. DeLeo/Weiland	Rock	314017	206	134
2551	Wet My Bed	R. DeLeo/Weiland	Rock	96914	206	134
2552	Crackerman	Kretz/R. DeLeo/Weiland	Rock	194403	206	134
2553	Where The River Goes	D. DeLeo/Kretz/Weiland	Rock	505991	206	134
2554	Soldier Side - Intro	Dolmayan, John/Malakian, Daron/Odadjian, Shavo	Metal	63764	207	135
2555	B.Y.O.B.	Tankian, Serj	Metal	255555	207	135
2556	Revenga	Tankian, Serj	Metal	228127	207	135
2557	Cigaro	Tankian, Serj	Metal	131787	207	135
2558	Radio/Video	Dolmayan, John/Malakian, Daron/Odadjian, Shavo	Metal	249312	207	135
2559	This Cocaine Makes Me Feel Like I'm On This Song	Tankian, Serj	Metal	128339	207	135
2560	Violent Pornography	Dolmayan, John/Malakian, Daron/Odadjian, Shavo	Metal	211435	207	135
2561	Question!	Tankian, Serj	Metal	200698	207	135
2562	Sad Statue	Tankian, Serj	Metal	205897	207	135
2563	Old School Hollywood	Dolmayan, John/Malakian, Daron/Odadjian, Shavo	Metal	176953	207	135
2564	Lost in Hollywood	Tankian, Serj	Metal	320783	207	135
2565	The Sun Road	Terry Bozzio, Steve Stevens, Tony Levin	Rock	880640	208	136
2566	Dark Corners	Terry Bozzio, Steve Stevens, Tony Levin	Rock	513541	208	136
2567	Duende	Terry Bozzio, Steve Stevens, Tony Levin	Rock	447582	208	136
2568	Black Light Syndrome	Terry Bozzio, Steve Stevens, Tony Levin	Rock	526471	208	136
2569	Falling in Circles	Terry Bozzio, Steve Stevens, Tony Levin	Rock	549093	208	136
2570	Book of Hours	Terry Bozzio, Steve Stevens, Tony Levin	Rock	583366	208	136
2571	Chaos-Control	Terry Bozzio, Steve Stevens, Tony Levin	Rock	529841	208	136
2572	Midnight From The Inside Out	Chris Robinson/Rich Robinson	Blues	286981	209	137
2573	Sting Me	Chris Robinson/Rich Robinson	Blues	268094	209	137
2574	Thick & Thin	Chris Robinson/Rich Robinson	Blues	222720	209	137
2575	Greasy Grass River	Chris Robinson/Rich Robinson	Blues	218749	209	137
2576	Sometimes Salvation	Chris Robinson/Rich Robinson	Blues	389146	209	137
2577	Cursed Diamonds	Chris Robinson/Rich Robinson	Blues	368300	209	137
2578	Miracle To Me	Chris Robinson/Rich Robinson	Blues	372636	209	137
2579	Wiser Time	Chris Robinson/Rich Robinson	Blues	459990	209	137
2580	Girl From A Pawnshop	Chris Robinson/Rich Robinson	Blues	404688	209	137
2581	Cosmic Fiend	Chris Robinson/Rich Robinson	Blues	308401	209	137
2582	Black Moon Creeping	Chris Robinson/Rich Robinson	Blues	359314	210	137
2583	High Head Blues	Chris Robinson/Rich Robinson	Blues	371879	210	137
2584	Title Song	Chris Robinson/Rich Robinson	Blues	505521	210	137
2585	She Talks To Angels	Chris Robinson/Rich Robinson	Blues	361978	210	137
2586	Twice As Hard	Chris Robinson/Rich Robinson	Blues	275565	210	137
2587	Lickin'	Chris Robinson/Rich Robinson	Blues	314409	210	137
2588	Soul Singing	Chris Robinson/Rich Robinson	Blues	233639	210	137
2589	Hard To Handle	A.Isbell/A.Jones/O.Redding	Blues	206994	210	137
2590	Remedy	Chris Robinson/Rich Robinson	Blues	337084	210	137
2591	White Riot	Joe Strummer/Mick Jones	Alternative & Punk	118726	211	138
2592	Remote Control	Joe Strummer/Mick Jones	Alternative & Punk	180297	211	138
2593	Complete Control	Joe Strummer/Mick Jones	Alternative & Punk	192653	211	138
2594	Clash City Rockers	Joe Strummer/Mick Jones	Alternative & Punk	227500	211	138
2595	(White Man) In Hammersmith Palais	Joe Strummer/Mick Jones	Alternative & Punk	240640	211	138
2596	Tommy Gun	Joe Strummer/Mick Jones	Alternative & Punk	195526	211	138
2597	English Civil War	Mick Jones/Traditional arr. Joe Strummer	Alternative & Punk	156708	211	138
2598	I Fought The Law	Sonny Curtis	Alternative & Punk	159764	211	138
2599	London Calling	Joe Strummer/Mick Jones	Alternative & Punk	199706	211	138
2600	Train In Vain	Joe Strummer/Mick Jones	Alternative & Punk	189675	211	138
2601	Bankrobber	Joe Strummer/Mick Jones	Alternative & Punk	272431	211	138
2602	The Call Up	The Clash	Alternative & Punk	324336	211	138
2603	Hitsville UK	The Clash	Alternative & Punk	261433	211	138
2604	The Magnificent Seven	The Clash	Alternative & Punk	268486	211	138
2605	This Is Radio Clash	The Clash	Alternative & Punk	249756	211	138
2606	Know Your Rights	The Clash	Alternative & Punk	217678	211	138
2607	Rock The Casbah	The Clash	Alternative & Punk	222145	211	138
2608	Should I Stay Or Should I Go	The Clash	Alternative & Punk	187219	211	138
2609	War (The Process)	Billy Duffy/Ian Astbury	Rock	252630	212	139
2610	The Saint	Billy Duffy/Ian Astbury	Rock	216215	212	139
2611	Rise	Billy Duffy/Ian Astbury	Rock	219088	212	139
2612	Take The Power	Billy Duffy/Ian Astbury	Rock	235755	212	139
2613	Breathe	Billy Duffy/Ian Astbury/Marti Frederiksen/Mick Jones	Rock	299781	212	139
2614	Nico	Billy Duffy/Ian Astbury	Rock	289488	212	139
2615	American Gothic	Billy Duffy/Ian Astbury	Rock	236878	212	139
2616	Ashes And Ghosts	Billy Duffy/Bob Rock/Ian Astbury	Rock	300591	212	139
2617	Shape The Sky	Billy Duffy/Ian Astbury	Rock	209789	212	139
2618	Speed Of Light	Billy Duffy/Bob Rock/Ian Astbury	Rock	262817	212	139
2619	True Believers	Billy Duffy/Ian Astbury	Rock	308009	212	139
2620	My Bridges Burn	Billy Duffy/Ian Astbury	Rock	231862	212	139
2621	She Sells Sanctuary	\N	Rock	253727	213	139
2622	Fire Woman	\N	Rock	312790	213	139
2623	Lil' Evil	\N	Rock	165825	213	139
2624	Spirit Walker	\N	Rock	230060	213	139
2625	The Witch	\N	Rock	258768	213	139
2626	Revolution	\N	Rock	256026	213	139
2627	Wild Hearted Son	\N	Rock	266893	213	139
2628	Love Removal Machine	\N	Rock	257619	213	139
2629	Rain	\N	Rock	236669	213	139
2630	Edie (Ciao Baby)	\N	Rock	241632	213	139
2631	Heart Of Soul	\N	Rock	274207	213	139
2632	Love	\N	Rock	326739	213	139
2633	Wild Flower	\N	Rock	215536	213	139
2634	Go West	\N	Rock	238158	213	139
2635	Resurrection Joe	\N	Rock	255451	213	139
2636	Sun King	\N	Rock	368431	213	139
2637	Sweet Soul Sister	\N	Rock	212009	213	139
2638	Earth Mofo	\N	Rock	282200	213	139
2639	Break on Through	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	149342	214	140
2640	Soul Kitchen	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	215066	214	140
2641	The Crystal Ship	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	154853	214	140
2642	Twentienth Century Fox	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	153913	214	140
2643	Alabama Song	Weill-Brecht	Rock	200097	214	140
2644	Light My Fire	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	428329	214	140
2645	Back Door Man	Willie Dixon, C. Burnett	Rock	214360	214	140
2646	I Looked At You	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	142080	214	140
2647	End Of The Night	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	172695	214	140
2648	Take It As It Comes	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	137168	214	140
2649	The End	Robby Krieger, Ray Manzarek, John Densmore, Jim Morrison	Rock	701831	214	140
2650	Roxanne	G M Sumner	Rock	192992	215	141
2651	Can't Stand Losing You	G M Sumner	Rock	181159	215	141
2652	Message in a Bottle	G M Sumner	Rock	291474	215	141
2653	Walking on the Moon	G M Sumner	Rock	302080	215	141
2654	Don't Stand so Close to Me	G M Sumner	Rock	241031	215	141
2655	De Do Do Do, De Da Da Da	G M Sumner	Rock	247196	215	141
2656	Every Little Thing She Does is Magic	G M Sumner	Rock	261120	215	141
2657	Invisible Sun	G M Sumner	Rock	225593	215	141
2658	Spirit's in the Material World	G M Sumner	Rock	181133	215	141
2659	Every Breath You Take	G M Sumner	Rock	254615	215	141
2660	King Of Pain	G M Sumner	Rock	300512	215	141
2661	Wrapped Around Your Finger	G M Sumner	Rock	315454	215	141
2662	Don't Stand So Close to Me '86	G M Sumner	Rock	293590	215	141
2663	Message in a Bottle (new classic rock mix)	G M Sumner	Rock	290951	215	141
2664	Time Is On My Side	Jerry Ragavoy	Rock	179983	216	142
2665	Heart Of Stone	Jagger/Richards	Rock	164493	216	142
2666	Play With Fire	Nanker Phelge	Rock	132022	216	142
2667	Satisfaction	Jagger/Richards	Rock	226612	216	142
2668	As Tears Go By	Jagger/Richards/Oldham	Rock	164284	216	142
2669	Get Off Of My Cloud	Jagger/Richards	Rock	176013	216	142
2670	Mother's Little Helper	Jagger/Richards	Rock	167549	216	142
2671	19th Nervous Breakdown	Jagger/Richards	Rock	237923	216	142
2672	Paint It Black	Jagger/Richards	Rock	226063	216	142
2673	Under My Thumb	Jagger/Richards	Rock	221387	216	142
2674	Ruby Tuesday	Jagger/Richards	Rock	197459	216	142
2675	Let's Spend The Night Together	Jagger/Richards	Rock	217495	216	142
2676	Intro	Jagger/Richards	Rock	49737	217	142
2677	You Got Me Rocking	Jagger/Richards	Rock	205766	217	142
2678	Gimmie Shelters	Jagger/Richards	Rock	382119	217	142
2679	Flip The Switch	Jagger/Richards	Rock	252421	217	142
2680	Memory Motel	Jagger/Richards	Rock	365844	217	142
2681	Corinna	Jesse Ed Davis III/Taj Mahal	Rock	257488	217	142
2682	Saint Of Me	Jagger/Richards	Rock	325694	217	142
2683	Wainting On A Friend	Jagger/Richards	Rock	302497	217	142
2684	Sister Morphine	Faithfull/Jagger/Richards	Rock	376215	217	142
2685	Live With Me	Jagger/Richards	Rock	234893	217	142
2686	Respectable	Jagger/Richards	Rock	215693	217	142
2687	Thief In The Night	De Beauport/Jagger/Richards	Rock	337266	217	142
2688	The Last Time	Jagger/Richards	Rock	287294	217	142
2689	Out Of Control	Jagger/Richards	Rock	479242	217	142
2690	Love Is Strong	Jagger/Richards	Rock	230896	218	142
2691	You Got Me Rocking	Jagger/Richards	Rock	215928	218	142
2692	Sparks Will Fly	Jagger/Richards	Rock	196466	218	142
2693	The Worst	Jagger/Richards	Rock	144613	218	142
2694	New Faces	Jagger/Richards	Rock	172146	218	142
2695	Moon Is Up	Jagger/Richards	Rock	222119	218	142
2696	Out Of Tears	Jagger/Richards	Rock	327418	218	142
2697	I Go Wild	Jagger/Richards	Rock	264019	218	142
2698	Brand New Car	Jagger/Richards	Rock	256052	218	142
2699	Sweethearts Together	Jagger/Richards	Rock	285492	218	142
2700	Suck On The Jugular	Jagger/Richards	Rock	268225	218	142
2701	Blinded By Rainbows	Jagger/Richards	Rock	273946	218	142
2702	Baby Break It Down	Jagger/Richards	Rock	249417	218	142
2703	Thru And Thru	Jagger/Richards	Rock	375092	218	142
2704	Mean Disposition	Jagger/Richards	Rock	249155	218	142
2705	Walking Wounded	The Tea Party	Alternative & Punk	277968	219	143
2706	Temptation	The Tea Party	Alternative & Punk	205087	219	143
2707	The Messenger	Daniel Lanois	Alternative & Punk	212062	219	143
2708	Psychopomp	The Tea Party	Alternative & Punk	315559	219	143
2709	Sister Awake	The Tea Party	Alternative & Punk	343875	219	143
2710	The Bazaar	The Tea Party	Alternative & Punk	222458	219	143
2711	Save Me (Remix)	The Tea Party	Alternative & Punk	396303	219	143
2712	Fire In The Head	The Tea Party	Alternative & Punk	306337	219	143
2713	Release	The Tea Party	Alternative & Punk	244114	219	143
2714	Heaven Coming Down	The Tea Party	Alternative & Punk	241867	219	143
2715	The River (Remix)	The Tea Party	Alternative & Punk	343170	219	143
2716	Babylon	The Tea Party	Alternative & Punk	169795	219	143
2717	Waiting On A Sign	The Tea Party	Alternative & Punk	261903	219	143
2718	Life Line	The Tea Party	Alternative & Punk	277786	219	143
2719	Paint It Black	Keith Richards/Mick Jagger	Alternative & Punk	214752	219	143
2720	Temptation	The Tea Party	Alternative & Punk	205244	220	143
2721	Army Ants	The Tea Party	Alternative & Punk	215405	220	143
2722	Psychopomp	The Tea Party	Alternative & Punk	317231	220	143
2723	Gyroscope	The Tea Party	Alternative & Punk	177711	220	143
2724	Alarum	The Tea Party	Alternative & Punk	298187	220	143
2725	Release	The Tea Party	Alternative & Punk	266292	220	143
2726	Transmission	The Tea Party	Alternative & Punk	317257	220	143
2727	Babylon	The Tea Party	Alternative & Punk	292466	220	143
2728	Pulse	The Tea Party	Alternative & Punk	250253	220	143
2729	Emerald	The Tea Party	Alternative & Punk	289750	220	143
2730	Aftermath	The Tea Party	Alternative & Punk	343745	220	143
2731	I Can't Explain	Pete Townshend	Rock	125152	221	144
2732	Anyway, Anyhow, Anywhere	Pete Townshend, Roger Daltrey	Rock	161253	221	144
2733	My Generation	John Entwistle/Pete Townshend	Rock	197825	221	144
2734	Substitute	Pete Townshend	Rock	228022	221	144
2735	I'm A Boy	Pete Townshend	Rock	157126	221	144
2736	Boris The Spider	John Entwistle	Rock	149472	221	144
2737	Happy Jack	Pete Townshend	Rock	132310	221	144
2738	Pictures Of Lily	Pete Townshend	Rock	164414	221	144
2739	I Can See For Miles	Pete Townshend	Rock	262791	221	144
2740	Magic Bus	Pete Townshend	Rock	197224	221	144
2741	Pinball Wizard	John Entwistle/Pete Townshend	Rock	181890	221	144
2742	The Seeker	Pete Townshend	Rock	204643	221	144
2743	Baba O'Riley	John Entwistle/Pete Townshend	Rock	309472	221	144
2744	Won't Get Fooled Again (Full Length Version)	John Entwistle/Pete Townshend	Rock	513750	221	144
2745	Let's See Action	Pete Townshend	Rock	243513	221	144
2746	5.15	Pete Townshend	Rock	289619	221	144
2747	Join Together	Pete Townshend	Rock	262556	221	144
2748	Squeeze Box	Pete Townshend	Rock	161280	221	144
2749	Who Are You (Single Edit Version)	John Entwistle/Pete Townshend	Rock	299232	221	144
2750	You Better You Bet	Pete Townshend	Rock	338520	221	144
2751	Primavera	Genival Cassiano/Silvio Rochael	Latin	126615	222	145
2752	Chocolate	Tim Maia	Latin	194690	222	145
2753	Azul Da Cor Do Mar	Tim Maia	Latin	197955	222	145
2754	O Descobridor Dos Sete Mares	Gilson Mendonça/Michel	Latin	262974	222	145
2755	Até Que Enfim Encontrei Você	Tim Maia	Latin	105064	222	145
2756	Coroné Antonio Bento	Do Vale, João/Luiz Wanderley	Latin	131317	222	145
2757	New Love	Tim Maia	Latin	237897	222	145
2758	Não Vou Ficar	Tim Maia	Latin	172068	222	145
2759	Música No Ar	Tim Maia	Latin	158511	222	145
2760	Salve Nossa Senhora	Carlos Imperial/Edardo Araújo	Latin	115461	222	145
2761	Você Fugiu	Genival Cassiano	Latin	238367	222	145
2762	Cristina Nº 2	Carlos Imperial/Tim Maia	Latin	90148	222	145
2763	Compadre	Tim Maia	Latin	171389	222	145
2764	Over Again	Tim Maia	Latin	200489	222	145
2765	Réu Confesso	Tim Maia	Latin	217391	222	145
2766	O Que Me Importa	\N	Latin	153155	223	145
2767	Gostava Tanto De Você	\N	Latin	253805	223	145
2768	Você	\N	Latin	242599	223	145
2769	Não Quero Dinheiro	\N	Latin	152607	223	145
2770	Eu Amo Você	\N	Latin	242782	223	145
2771	A Festa Do Santo Reis	\N	Latin	159791	223	145
2772	I Don't Know What To Do With Myself	\N	Latin	221387	223	145
2773	Padre Cícero	\N	Latin	139598	223	145
2774	Nosso Adeus	\N	Latin	206471	223	145
2775	Canário Do Reino	\N	Latin	139337	223	145
2776	Preciso Ser Amado	\N	Latin	174001	223	145
2777	Balanço	\N	Latin	209737	223	145
2778	Preciso Aprender A Ser Só	\N	Latin	162220	223	145
2779	Esta É A Canção	\N	Latin	184450	223	145
2780	Formigueiro	\N	Latin	252943	223	145
2781	Comida	Titãs	Alternative & Punk	322612	224	146
2782	Go Back	Titãs	Alternative & Punk	230504	224	146
2783	Prá Dizer Adeus	Titãs	Alternative & Punk	222484	224	146
2784	Família	Titãs	Alternative & Punk	218331	224	146
2785	Os Cegos Do Castelo	Titãs	Alternative & Punk	296829	224	146
2786	O Pulso	Titãs	Alternative & Punk	199131	224	146
2787	Marvin	Titãs	Alternative & Punk	264359	224	146
2788	Nem 5 Minutos Guardados	Titãs	Alternative & Punk	245995	224	146
2789	Flores	Titãs	Alternative & Punk	215510	224	146
2790	Palavras	Titãs	Alternative & Punk	158458	224	146
2791	Hereditário	Titãs	Alternative & Punk	151693	224	146
2792	A Melhor Forma	Titãs	Alternative & Punk	191503	224	146
2793	Cabeça Dinossauro	Titãs	Alternative & Punk	37120	224	146
2794	32 Dentes	Titãs	Alternative & Punk	184946	224	146
2795	Bichos Escrotos (Vinheta)	Titãs	Alternative & Punk	104986	224	146
2796	Não Vou Lutar	Titãs	Alternative & Punk	189988	224	146
2797	Homem Primata (Vinheta)	Titãs	Alternative & Punk	34168	224	146
2798	Homem Primata	Titãs	Alternative & Punk	195500	224	146
2799	Polícia (Vinheta)	Titãs	Alternative & Punk	56111	224	146
2800	Querem Meu Sangue	Titãs	Alternative & Punk	212401	224	146
2801	Diversão	Titãs	Alternative & Punk	285936	224	146
2802	Televisão	Titãs	Alternative & Punk	293668	224	146
2803	Sonifera Ilha	Branco Mello/Carlos Barmack/Ciro Pessoa/Marcelo Fromer/Toni Belloto	Alternative & Punk	170684	225	146
2804	Lugar Nenhum	Arnaldo Antunes/Charles Gavin/Marcelo Fromer/Sérgio Britto/Toni Bellotto	Alternative & Punk	195840	225	146
2805	Sua Impossivel Chance	Nando Reis	Alternative & Punk	246622	225	146
2806	Desordem	Charles Gavin/Marcelo Fromer/Sérgio Britto	Alternative & Punk	213289	225	146
2807	Não Vou Me Adaptar	Arnaldo Antunes	Alternative & Punk	221831	225	146
2808	Domingo	Sérgio Britto/Toni Bellotto	Alternative & Punk	208613	225	146
2809	Amanhã Não Se Sabe	Sérgio Britto	Alternative & Punk	189440	225	146
2810	Caras Como Eu	Toni Bellotto	Alternative & Punk	183092	225	146
2811	Senhora E Senhor	Arnaldo Anutnes/Marcelo Fromer/Paulo Miklos	Alternative & Punk	203702	225	146
2812	Era Uma Vez	Arnaldo Anutnes/Branco Mello/Marcelo Fromer/Sergio Brotto/Toni Bellotto	Alternative & Punk	224261	225	146
2813	Miséria	Arnaldo Antunes/Britto, SergioMiklos, Paulo	Alternative & Punk	262191	225	146
2814	Insensível	Sérgio Britto	Alternative & Punk	207830	225	146
2815	Eu E Ela	Nando Reis	Alternative & Punk	276035	225	146
2816	Toda Cor	Ciro Pressoa/Marcelo Fromer	Alternative & Punk	209084	225	146
2817	É Preciso Saber Viver	Erasmo Carlos/Roberto Carlos	Alternative & Punk	251115	225	146
2818	Senhor Delegado/Eu Não Aguento	Antonio Lopes	Alternative & Punk	156656	225	146
2819	Battlestar Galactica: The Story So Far	\N	Science Fiction	2622250	226	147
2820	Occupation / Precipice	\N	TV Shows	5286953	227	147
2821	Exodus, Pt. 1	\N	TV Shows	2621708	227	147
2822	Exodus, Pt. 2	\N	TV Shows	2618000	227	147
2823	Collaborators	\N	TV Shows	2626626	227	147
2824	Torn	\N	TV Shows	2631291	227	147
2825	A Measure of Salvation	\N	Science Fiction	2563938	227	147
2826	Hero	\N	Science Fiction	2713755	227	147
2827	Unfinished Business	\N	Science Fiction	2622038	227	147
2828	The Passage	\N	Science Fiction	2623875	227	147
2829	The Eye of Jupiter	\N	Science Fiction	2618750	227	147
2830	Rapture	\N	Science Fiction	2624541	227	147
2831	Taking a Break from All Your Worries	\N	Science Fiction	2624207	227	147
2832	The Woman King	\N	Science Fiction	2626376	227	147
2833	A Day In the Life	\N	Science Fiction	2620245	227	147
2834	Dirty Hands	\N	Science Fiction	2627961	227	147
2835	Maelstrom	\N	Science Fiction	2622372	227	147
2836	The Son Also Rises	\N	Science Fiction	2621830	227	147
2837	Crossroads, Pt. 1	\N	Sci Fi & Fantasy	2622622	227	147
2838	Crossroads, Pt. 2	\N	Sci Fi & Fantasy	2869953	227	147
2839	Genesis	\N	TV Shows	2611986	228	148
2840	Don't Look Back	\N	Drama	2571154	228	148
2841	One Giant Leap	\N	Drama	2607649	228	148
2842	Collision	\N	Drama	2605480	228	148
2843	Hiros	\N	Drama	2533575	228	148
2844	Better Halves	\N	Drama	2573031	228	148
2845	Nothing to Hide	\N	TV Shows	2605647	228	148
2846	Seven Minutes to Midnight	\N	Drama	2613988	228	148
2847	Homecoming	\N	Drama	2601351	228	148
2848	Six Months Ago	\N	TV Shows	2602852	228	148
2849	Fallout	\N	Drama	2594761	228	148
2850	The Fix	\N	Drama	2600266	228	148
2851	Distractions	\N	Drama	2590382	228	148
2852	Run!	\N	Drama	2602602	228	148
2853	Unexpected	\N	Drama	2598139	228	148
2854	Company Man	\N	Drama	2601226	228	148
2855	Company Man	\N	Drama	2601101	228	148
2856	Parasite	\N	Drama	2602727	228	148
2857	A Tale of Two Cities	\N	TV Shows	2636970	229	149
2858	Lost (Pilot, Part 1) [Premiere]	\N	TV Shows	2548875	230	149
2859	Man of Science, Man of Faith (Premiere)	\N	TV Shows	2612250	231	149
2860	Adrift	\N	TV Shows	2564958	231	149
2861	Lost (Pilot, Part 2)	\N	TV Shows	2436583	230	149
2862	The Glass Ballerina	\N	Drama	2637458	229	149
2863	Further Instructions	\N	TV Shows	2563980	229	149
2864	Orientation	\N	TV Shows	2609083	231	149
2865	Tabula Rasa	\N	TV Shows	2627105	230	149
2866	Every Man for Himself	\N	Drama	2637387	229	149
2867	Everybody Hates Hugo	\N	TV Shows	2609192	231	149
2868	Walkabout	\N	TV Shows	2587370	230	149
2869	...And Found	\N	TV Shows	2563833	231	149
2870	The Cost of Living	\N	TV Shows	2637500	229	149
2871	White Rabbit	\N	TV Shows	2571965	230	149
2872	Abandoned	\N	TV Shows	2587041	231	149
2873	House of the Rising Sun	\N	TV Shows	2590032	230	149
2874	I Do	\N	TV Shows	2627791	229	149
2875	Not In Portland	\N	Drama	2637303	229	149
2876	Not In Portland	\N	Drama	2637345	229	149
2877	The Moth	\N	TV Shows	2631327	230	149
2878	The Other 48 Days	\N	TV Shows	2610625	231	149
2881	Flashes Before Your Eyes	\N	Drama	2636636	229	149
2882	Lost Survival Guide	\N	Drama	2632590	229	149
2883	Solitary	\N	TV Shows	2612894	230	149
2884	What Kate Did	\N	TV Shows	2610250	231	149
2885	Raised By Another	\N	TV Shows	2590459	230	149
2886	Stranger In a Strange Land	\N	Drama	2636428	229	149
2887	The 23rd Psalm	\N	TV Shows	2610416	231	149
2888	All the Best Cowboys Have Daddy Issues	\N	TV Shows	2555492	230	149
2889	The Hunting Party	\N	Drama	2611333	231	149
2890	Tricia Tanaka Is Dead	\N	Drama	2635010	229	149
2891	Enter 77	\N	Drama	2629796	229	149
2892	Fire + Water	\N	Drama	2600333	231	149
2893	Whatever the Case May Be	\N	TV Shows	2616410	230	149
2894	Hearts and Minds	\N	TV Shows	2619462	230	149
2895	Par Avion	\N	Drama	2629879	229	149
2896	The Long Con	\N	TV Shows	2679583	231	149
2897	One of Them	\N	Drama	2698791	231	149
2898	Special	\N	TV Shows	2618530	230	149
2899	The Man from Tallahassee	\N	Drama	2637637	229	149
2900	Exposé	\N	Drama	2593760	229	149
2901	Homecoming	\N	TV Shows	2515882	230	149
2902	Maternity Leave	\N	Drama	2780416	231	149
2903	Left Behind	\N	Drama	2635343	229	149
2904	Outlaws	\N	TV Shows	2619887	230	149
2905	The Whole Truth	\N	Drama	2610125	231	149
2906	...In Translation	\N	TV Shows	2604575	230	149
2907	Lockdown	\N	Drama	2610250	231	149
2908	One of Us	\N	Drama	2638096	229	149
2909	Catch-22	\N	Drama	2561394	229	149
2910	Dave	\N	TV Shows	2825166	231	149
2911	Numbers	\N	TV Shows	2609772	230	149
2912	D.O.C.	\N	Drama	2616032	229	149
2913	Deus Ex Machina	\N	TV Shows	2582009	230	149
2914	S.O.S.	\N	TV Shows	2639541	231	149
2915	Do No Harm	\N	TV Shows	2618487	230	149
2916	Two for the Road	\N	Drama	2610958	231	149
2917	The Greater Good	\N	TV Shows	2617784	230	149
2918	"?"	\N	TV Shows	2782333	231	149
2919	Born to Run	\N	TV Shows	2618619	230	149
2920	Three Minutes	\N	TV Shows	2763666	231	149
2921	Exodus (Part 1)	\N	TV Shows	2620747	230	149
2922	Live Together, Die Alone, Pt. 1	\N	Drama	2478041	231	149
2923	Exodus (Part 2) [Season Finale]	\N	TV Shows	2605557	230	149
2924	Live Together, Die Alone, Pt. 2	\N	TV Shows	2656531	231	149
2925	Exodus (Part 3) [Season Finale]	\N	TV Shows	2619869	230	149
2926	Zoo Station	U2	Rock	276349	232	150
2927	Even Better Than The Real Thing	U2	Rock	221361	232	150
2928	One	U2	Rock	276192	232	150
2929	Until The End Of The World	U2	Rock	278700	232	150
2930	Who's Gonna Ride Your Wild Horses	U2	Rock	316551	232	150
2931	So Cruel	U2	Rock	349492	232	150
2932	The Fly	U2	Rock	268982	232	150
2933	Mysterious Ways	U2	Rock	243826	232	150
2934	Tryin' To Throw Your Arms Around The World	U2	Rock	232463	232	150
2935	Ultraviolet (Light My Way)	U2	Rock	330788	232	150
2936	Acrobat	U2	Rock	270288	232	150
2937	Love Is Blindness	U2	Rock	263497	232	150
2938	Beautiful Day	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	248163	233	150
2939	Stuck In A Moment You Can't Get Out Of	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	272378	233	150
2940	Elevation	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	227552	233	150
2941	Walk On	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	296280	233	150
2942	Kite	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	266893	233	150
2943	In A Little While	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	219271	233	150
2944	Wild Honey	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	226768	233	150
2945	Peace On Earth	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	288496	233	150
2946	When I Look At The World	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	257776	233	150
2947	New York	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	330370	233	150
2948	Grace	Adam Clayton, Bono, Larry Mullen, The Edge	Rock	330657	233	150
2949	The Three Sunrises	U2	Rock	234788	234	150
2950	Spanish Eyes	U2	Rock	196702	234	150
2951	Sweetest Thing	U2	Rock	185103	234	150
2952	Love Comes Tumbling	U2	Rock	282671	234	150
2953	Bass Trap	U2	Rock	213289	234	150
2954	Dancing Barefoot	Ivan Kral/Patti Smith	Rock	287895	234	150
2955	Everlasting Love	Buzz Cason/Mac Gayden	Rock	202631	234	150
2956	Unchained Melody	Alex North/Hy Zaret	Rock	294164	234	150
2957	Walk To The Water	U2	Rock	289253	234	150
2958	Luminous Times (Hold On To Love)	Brian Eno/U2	Rock	277760	234	150
2959	Hallelujah Here She Comes	U2	Rock	242364	234	150
2960	Silver And Gold	Bono	Rock	279875	234	150
2961	Endless Deep	U2	Rock	179879	234	150
2962	A Room At The Heartbreak Hotel	U2	Rock	274546	234	150
2963	Trash, Trampoline And The Party Girl	U2	Rock	153965	234	150
2964	Vertigo	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	194612	235	150
2965	Miracle Drug	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	239124	235	150
2966	Sometimes You Can't Make It On Your Own	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	308976	235	150
2967	Love And Peace Or Else	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	290690	235	150
2968	City Of Blinding Lights	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	347951	235	150
2969	All Because Of You	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	219141	235	150
2970	A Man And A Woman	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	270132	235	150
2971	Crumbs From Your Table	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	303568	235	150
2972	One Step Closer	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	231680	235	150
2973	Original Of The Species	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	281443	235	150
2974	Yahweh	Adam Clayton, Bono, Larry Mullen & The Edge	Rock	262034	235	150
2975	Discotheque	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	319582	236	150
2976	Do You Feel Loved	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	307539	236	150
2977	Mofo	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	349178	236	150
2978	If God Will Send His Angels	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	322533	236	150
2979	Staring At The Sun	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	276924	236	150
2980	Last Night On Earth	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	285753	236	150
2981	Gone	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	266866	236	150
2982	Miami	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	293041	236	150
2983	The Playboy Mansion	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	280555	236	150
2984	If You Wear That Velvet Dress	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	315167	236	150
2985	Please	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	302602	236	150
2986	Wake Up Dead Man	Bono, The Edge, Adam Clayton, and Larry Mullen	Rock	292832	236	150
2987	Helter Skelter	Lennon, John/McCartney, Paul	Rock	187350	237	150
2988	Van Diemen's Land	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	186044	237	150
2989	Desire	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	179226	237	150
2990	Hawkmoon 269	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	382458	237	150
2991	All Along The Watchtower	Dylan, Bob	Rock	264568	237	150
2992	I Still Haven't Found What I'm Looking for	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	353567	237	150
2993	Freedom For My People	Mabins, Macie/Magee, Sterling/Robinson, Bobby	Rock	38164	237	150
2994	Silver And Gold	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	349831	237	150
2995	Pride (In The Name Of Love)	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	267807	237	150
2996	Angel Of Harlem	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	229276	237	150
2997	Love Rescue Me	Bono/Clayton, Adam/Dylan, Bob/Mullen Jr., Larry/The Edge	Rock	384522	237	150
2998	When Love Comes To Town	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	255869	237	150
2999	Heartland	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	303360	237	150
3000	God Part II	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	195604	237	150
3001	The Star Spangled Banner	Hendrix, Jimi	Rock	43232	237	150
3002	Bullet The Blue Sky	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	337005	237	150
3003	All I Want Is You	Bono/Clayton, Adam/Mullen Jr., Larry/The Edge	Rock	390243	237	150
3004	Pride (In The Name Of Love)	U2	Rock	230243	238	150
3005	New Year's Day	U2	Rock	258925	238	150
3006	With Or Without You	U2	Rock	299023	238	150
3007	I Still Haven't Found What I'm Looking For	U2	Rock	280764	238	150
3008	Sunday Bloody Sunday	U2	Rock	282174	238	150
3009	Bad	U2	Rock	351817	238	150
3010	Where The Streets Have No Name	U2	Rock	276218	238	150
3011	I Will Follow	U2	Rock	218253	238	150
3012	The Unforgettable Fire	U2	Rock	295183	238	150
3013	Sweetest Thing	U2 & Daragh O'Toole	Rock	183066	238	150
3014	Desire	U2	Rock	179853	238	150
3015	When Love Comes To Town	U2	Rock	258194	238	150
3016	Angel Of Harlem	U2	Rock	230217	238	150
3017	All I Want Is You	U2 & Van Dyke Parks	Rock	591986	238	150
3018	Sunday Bloody Sunday	U2	Rock	278204	239	150
3019	Seconds	U2	Rock	191582	239	150
3020	New Year's Day	U2	Rock	336274	239	150
3021	Like A Song...	U2	Rock	287294	239	150
3022	Drowning Man	U2	Rock	254458	239	150
3023	The Refugee	U2	Rock	221283	239	150
3024	Two Hearts Beat As One	U2	Rock	243487	239	150
3025	Red Light	U2	Rock	225854	239	150
3026	Surrender	U2	Rock	333505	239	150
3027	"40"	U2	Rock	157962	239	150
3028	Zooropa	U2; Bono	Rock	392359	240	150
3029	Babyface	U2; Bono	Rock	241998	240	150
3030	Numb	U2; Edge, The	Rock	260284	240	150
3031	Lemon	U2; Bono	Rock	418324	240	150
3032	Stay (Faraway, So Close!)	U2; Bono	Rock	298475	240	150
3033	Daddy's Gonna Pay For Your Crashed Car	U2; Bono	Rock	320287	240	150
3034	Some Days Are Better Than Others	U2; Bono	Rock	257436	240	150
3035	The First Time	U2; Bono	Rock	225697	240	150
3036	Dirty Day	U2; Bono & Edge, The	Rock	324440	240	150
3037	The Wanderer	U2; Bono	Rock	283951	240	150
3038	Breakfast In Bed	\N	Reggae	196179	241	151
3039	Where Did I Go Wrong	\N	Reggae	226742	241	151
3040	I Would Do For You	\N	Reggae	334524	241	151
3041	Homely Girl	\N	Reggae	203833	241	151
3042	Here I Am (Come And Take Me)	\N	Reggae	242102	241	151
3043	Kingston Town	\N	Reggae	226951	241	151
3044	Wear You To The Ball	\N	Reggae	213342	241	151
3045	(I Can't Help) Falling In Love With You	\N	Reggae	207568	241	151
3046	Higher Ground	\N	Reggae	260179	241	151
3047	Bring Me Your Cup	\N	Reggae	341498	241	151
3048	C'est La Vie	\N	Reggae	270053	241	151
3049	Reggae Music	\N	Reggae	245106	241	151
3050	Superstition	\N	Reggae	319582	241	151
3051	Until My Dying Day	\N	Reggae	235807	241	151
3052	Where Have All The Good Times Gone?	Ray Davies	Rock	186723	242	152
3053	Hang 'Em High	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	210259	242	152
3054	Cathedral	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	82860	242	152
3055	Secrets	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	206968	242	152
3056	Intruder	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	100153	242	152
3057	(Oh) Pretty Woman	Bill Dees/Roy Orbison	Rock	174680	242	152
3058	Dancing In The Street	Ivy Jo Hunter/Marvin Gaye/William Stevenson	Rock	225985	242	152
3059	Little Guitars (Intro)	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	42240	242	152
3060	Little Guitars	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	228806	242	152
3061	Big Bad Bill (Is Sweet William Now)	Jack Yellen/Milton Ager	Rock	165146	242	152
3062	The Full Bug	Alex Van Halen/David Lee Roth/Edward Van Halen/Michael Anthony	Rock	201116	242	152
3063	Happy Trails	Dale Evans	Rock	65488	242	152
3064	Eruption	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	102164	243	152
3065	Ain't Talkin' 'bout Love	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	228336	243	152
3066	Runnin' With The Devil	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	215902	243	152
3067	Dance the Night Away	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	185965	243	152
3068	And the Cradle Will Rock...	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	213968	243	152
3069	Unchained	Edward Van Halen, Alex Van Halen, David Lee Roth, Michael Anthony	Rock	208953	243	152
3070	Jump	Edward Van Halen, Alex Van Halen, David Lee Roth	Rock	241711	243	152
3071	Panama	Edward Van Halen, Alex Van Halen, David Lee Roth	Rock	211853	243	152
3072	Why Can't This Be Love	Van Halen	Rock	227761	243	152
3073	Dreams	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, Sammy Hagar	Rock	291813	243	152
3074	When It's Love	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, Sammy Hagar	Rock	338991	243	152
3075	Poundcake	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, Sammy Hagar	Rock	321854	243	152
3076	Right Now	Van Halen	Rock	321828	243	152
3077	Can't Stop Loving You	Van Halen	Rock	248502	243	152
3078	Humans Being	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, Sammy Hagar	Rock	308950	243	152
3079	Can't Get This Stuff No More	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, David Lee Roth	Rock	315376	243	152
3080	Me Wise Magic	Edward Van Halen, Alex Van Halen, Michael Anthony,/Edward Van Halen, Alex Van Halen, Michael Anthony, David Lee Roth	Rock	366053	243	152
3081	Runnin' With The Devil	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	216032	244	152
3082	Eruption	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	102556	244	152
3083	You Really Got Me	Ray Davies	Rock	158589	244	152
3084	Ain't Talkin' 'Bout Love	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	230060	244	152
3085	I'm The One	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	226507	244	152
3086	Jamie's Cryin'	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	210546	244	152
3087	Atomic Punk	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	182073	244	152
3088	Feel Your Love Tonight	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	222850	244	152
3089	Little Dreamer	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	203258	244	152
3090	Ice Cream Man	John Brim	Rock	200306	244	152
3091	On Fire	Edward Van Halen, Alex Van Halen, Michael Anthony and David Lee Roth	Rock	180636	244	152
3092	Neworld	Van Halen	Rock	105639	245	152
3093	Without You	Van Halen	Rock	390295	245	152
3094	One I Want	Van Halen	Rock	330788	245	152
3095	From Afar	Van Halen	Rock	324414	245	152
3096	Dirty Water Dog	Van Halen	Rock	327392	245	152
3097	Once	Van Halen	Rock	462837	245	152
3098	Fire in the Hole	Van Halen	Rock	331728	245	152
3099	Josephina	Van Halen	Rock	342491	245	152
3100	Year to the Day	Van Halen	Rock	514612	245	152
3101	Primary	Van Halen	Rock	86987	245	152
3102	Ballot or the Bullet	Van Halen	Rock	342282	245	152
3103	How Many Say I	Van Halen	Rock	363937	245	152
3104	Sucker Train Blues	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	267859	246	153
3105	Do It For The Kids	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	235911	246	153
3106	Big Machine	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	265613	246	153
3107	Illegal I Song	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	257750	246	153
3108	Spectacle	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	221701	246	153
3109	Fall To Pieces	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	270889	246	153
3110	Headspace	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	223033	246	153
3111	Superhuman	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	255921	246	153
3112	Set Me Free	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	247954	246	153
3113	You Got No Right	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	335412	246	153
3114	Slither	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	248398	246	153
3115	Dirty Little Thing	Dave Kushner, Duff, Keith Nelson, Matt Sorum, Scott Weiland & Slash	Rock	237844	246	153
3116	Loving The Alien	Dave Kushner, Duff, Matt Sorum, Scott Weiland & Slash	Rock	348786	246	153
3117	Pela Luz Dos Olhos Teus	\N	Latin	119196	247	72
3118	A Bencao E Outros	\N	Latin	421093	247	72
3119	Tudo Na Mais Santa Paz	\N	Latin	222406	247	72
3120	O Velho E Aflor	\N	Latin	275121	247	72
3121	Cotidiano N 2	\N	Latin	55902	247	72
3122	Adeus	\N	Latin	221884	247	72
3123	Samba Pra Endrigo	\N	Latin	259265	247	72
3124	So Por Amor	\N	Latin	236591	247	72
3125	Meu Pranto Rolou	\N	Latin	181760	247	72
3126	Mulher Carioca	\N	Latin	191686	247	72
3127	Um Homem Chamado Alfredo	\N	Latin	151640	247	72
3128	Samba Do Jato	\N	Latin	220813	247	72
3129	Oi, La	\N	Latin	167053	247	72
3130	Vinicius, Poeta Do Encontro	\N	Latin	336431	247	72
3131	Soneto Da Separacao	\N	Latin	193880	247	72
3132	Still Of The Night	Sykes	Metal	398210	141	100
3133	Here I Go Again	Marsden	Metal	233874	141	100
3134	Is This Love	Sykes	Metal	283924	141	100
3135	Love Ain't No Stranger	Galley	Metal	259395	141	100
3136	Looking For Love	Sykes	Metal	391941	141	100
3137	Now You're Gone	Vandenberg	Metal	251141	141	100
3138	Slide It In	Coverdale	Metal	202475	141	100
3139	Slow An' Easy	Moody	Metal	367255	141	100
3140	Judgement Day	Vandenberg	Metal	317074	141	100
3141	You're Gonna Break My Hart Again	Sykes	Metal	250853	141	100
3142	The Deeper The Love	Vandenberg	Metal	262791	141	100
3143	Crying In The Rain	Coverdale	Metal	337005	141	100
3144	Fool For Your Loving	Marsden/Moody	Metal	250801	141	100
3145	Sweet Lady Luck	Vandenberg	Metal	273737	141	100
3146	Faixa Amarela	Beto Gogo/Jessé Pai/Luiz Carlos/Zeca Pagodinho	Latin	240692	248	155
3147	Posso Até Me Apaixonar	Dudu Nobre	Latin	200698	248	155
3148	Não Sou Mais Disso	Jorge Aragão/Zeca Pagodinho	Latin	225985	248	155
3149	Vivo Isolado Do Mundo	Alcides Dias Lopes	Latin	180035	248	155
3150	Coração Em Desalinho	Mauro Diniz/Ratino Sigem	Latin	185208	248	155
3151	Seu Balancê	Paulinho Rezende/Toninho Geraes	Latin	219454	248	155
3152	Vai Adiar	Alcino Corrêa/Monarco	Latin	270393	248	155
3153	Rugas	Augusto Garcez/Nelson Cavaquinho	Latin	140930	248	155
3154	Feirinha da Pavuna/Luz do Repente/Bagaço da Laranja	Arlindo Cruz/Franco/Marquinhos PQD/Negro, Jovelina Pérolo/Zeca Pagodinho	Latin	107206	248	155
3155	Sem Essa de Malandro Agulha	Aldir Blanc/Jayme Vignoli	Latin	158484	248	155
3156	Chico Não Vai na Corimba	Dudu Nobre/Zeca Pagodinho	Latin	269374	248	155
3157	Papel Principal	Almir Guineto/Dedé Paraiso/Luverci Ernesto	Latin	217495	248	155
3158	Saudade Louca	Acyr Marques/Arlindo Cruz/Franco	Latin	243591	248	155
3159	Camarão que Dorme e Onda Leva	Acyi Marques/Arlindo Bruz/Braço, Beto Sem/Zeca Pagodinho	Latin	299102	248	155
3160	Sapopemba e Maxambomba	Nei Lopes/Wilson Moreira	Latin	245394	248	155
3161	Minha Fé	Murilão	Latin	206994	248	155
3162	Lua de Ogum	Ratinho/Zeca Pagodinho	Latin	168463	248	155
3163	Samba pras moças	Grazielle/Roque Ferreira	Latin	152816	248	155
3164	Verdade	Carlinhos Santana/Nelson Rufino	Latin	332826	248	155
3165	The Brig	\N	Drama	2617325	229	149
3166	.07%	\N	Drama	2585794	228	148
3167	Five Years Gone	\N	Drama	2587712	228	148
3168	The Hard Part	\N	Drama	2601017	228	148
3169	The Man Behind the Curtain	\N	Drama	2615990	229	149
3170	Greatest Hits	\N	Drama	2617117	229	149
3171	Landslide	\N	Drama	2600725	228	148
3172	The Office: An American Workplace (Pilot)	\N	TV Shows	1380833	249	156
3173	Diversity Day	\N	TV Shows	1306416	249	156
3174	Health Care	\N	TV Shows	1321791	249	156
3175	The Alliance	\N	TV Shows	1317125	249	156
3176	Basketball	\N	TV Shows	1323541	249	156
3177	Hot Girl	\N	TV Shows	1325458	249	156
3178	The Dundies	\N	TV Shows	1253541	250	156
3179	Sexual Harassment	\N	TV Shows	1294541	250	156
3180	Office Olympics	\N	TV Shows	1290458	250	156
3181	The Fire	\N	TV Shows	1288166	250	156
3182	Halloween	\N	TV Shows	1315333	250	156
3183	The Fight	\N	TV Shows	1320028	250	156
3184	The Client	\N	TV Shows	1299341	250	156
3185	Performance Review	\N	TV Shows	1292458	250	156
3186	Email Surveillance	\N	TV Shows	1328870	250	156
3187	Christmas Party	\N	TV Shows	1282115	250	156
3188	Booze Cruise	\N	TV Shows	1267958	250	156
3189	The Injury	\N	TV Shows	1275275	250	156
3190	The Secret	\N	TV Shows	1264875	250	156
3191	The Carpet	\N	TV Shows	1264375	250	156
3192	Boys and Girls	\N	TV Shows	1278333	250	156
3193	Valentine's Day	\N	TV Shows	1270375	250	156
3194	Dwight's Speech	\N	TV Shows	1278041	250	156
3195	Take Your Daughter to Work Day	\N	TV Shows	1268333	250	156
3196	Michael's Birthday	\N	TV Shows	1237791	250	156
3197	Drug Testing	\N	TV Shows	1278625	250	156
3198	Conflict Resolution	\N	TV Shows	1274583	250	156
3199	Casino Night - Season Finale	\N	TV Shows	1712791	250	156
3200	Gay Witch Hunt	\N	TV Shows	1326534	251	156
3201	The Convention	\N	TV Shows	1297213	251	156
3202	The Coup	\N	TV Shows	1276526	251	156
3203	Grief Counseling	\N	TV Shows	1282615	251	156
3204	The Initiation	\N	TV Shows	1280113	251	156
3205	Diwali	\N	TV Shows	1279904	251	156
3206	Branch Closing	\N	TV Shows	1822781	251	156
3207	The Merger	\N	TV Shows	1801926	251	156
3208	The Convict	\N	Comedy	1273064	251	156
3209	A Benihana Christmas, Pts. 1 & 2	\N	Comedy	2519436	251	156
3210	Back from Vacation	\N	Comedy	1271688	251	156
3211	Traveling Salesmen	\N	Comedy	1289039	251	156
3212	Producer's Cut: The Return	\N	Comedy	1700241	251	156
3213	Ben Franklin	\N	Comedy	1271938	251	156
3214	Phyllis's Wedding	\N	Comedy	1271521	251	156
3215	Business School	\N	Comedy	1302093	251	156
3216	Cocktails	\N	Comedy	1272522	251	156
3217	The Negotiation	\N	Comedy	1767851	251	156
3218	Safety Training	\N	Comedy	1271229	251	156
3219	Product Recall	\N	Comedy	1268268	251	156
3220	Women's Appreciation	\N	Comedy	1732649	251	156
3221	Beach Games	\N	Comedy	1676134	251	156
3222	The Job	\N	Comedy	2541875	251	156
3223	How to Stop an Exploding Man	\N	Drama	2687103	228	148
3224	Through a Looking Glass	\N	Drama	5088838	229	149
3225	Your Time Is Gonna Come	Page, Jones	Rock	310774	252	157
3226	Battlestar Galactica, Pt. 1	\N	Sci Fi & Fantasy	2952702	253	158
3227	Battlestar Galactica, Pt. 2	\N	Sci Fi & Fantasy	2956081	253	158
3228	Battlestar Galactica, Pt. 3	\N	Sci Fi & Fantasy	2927802	253	158
3229	Lost Planet of the Gods, Pt. 1	\N	Sci Fi & Fantasy	2922547	253	158
3230	Lost Planet of the Gods, Pt. 2	\N	Sci Fi & Fantasy	2914664	253	158
3231	The Lost Warrior	\N	Sci Fi & Fantasy	2920045	253	158
3232	The Long Patrol	\N	Sci Fi & Fantasy	2925008	253	158
3233	The Gun On Ice Planet Zero, Pt. 1	\N	Sci Fi & Fantasy	2907615	253	158
3234	The Gun On Ice Planet Zero, Pt. 2	\N	Sci Fi & Fantasy	2924341	253	158
3235	The Magnificent Warriors	\N	Sci Fi & Fantasy	2924716	253	158
3236	The Young Lords	\N	Sci Fi & Fantasy	2863571	253	158
3237	The Living Legend, Pt. 1	\N	Sci Fi & Fantasy	2924507	253	158
3238	The Living Legend, Pt. 2	\N	Sci Fi & Fantasy	2923298	253	158
3239	Fire In Space	\N	Sci Fi & Fantasy	2926593	253	158
3240	War of the Gods, Pt. 1	\N	Sci Fi & Fantasy	2922630	253	158
3241	War of the Gods, Pt. 2	\N	Sci Fi & Fantasy	2923381	253	158
3242	The Man With Nine Lives	\N	Sci Fi & Fantasy	2956998	253	158
3243	Murder On the Rising Star	\N	Sci Fi & Fantasy	2935894	253	158
3244	Greetings from Earth, Pt. 1	\N	Sci Fi & Fantasy	2960293	253	158
3245	Greetings from Earth, Pt. 2	\N	Sci Fi & Fantasy	2903778	253	158
3246	Baltar's Escape	\N	Sci Fi & Fantasy	2922088	253	158
3247	Experiment In Terra	\N	Sci Fi & Fantasy	2923548	253	158
3248	Take the Celestra	\N	Sci Fi & Fantasy	2927677	253	158
3249	The Hand of God	\N	Sci Fi & Fantasy	2924007	253	158
3250	Pilot	\N	TV Shows	2484567	254	159
3251	Through the Looking Glass, Pt. 2	\N	Drama	2617117	229	149
3252	Through the Looking Glass, Pt. 1	\N	Drama	2610860	229	149
3253	Instant Karma	\N	Pop	193188	255	150
3254	#9 Dream	\N	Pop	278312	255	150
3255	Mother	\N	Pop	287740	255	150
3256	Give Peace a Chance	\N	Pop	274644	255	150
3257	Cold Turkey	\N	Pop	281424	255	150
3258	Whatever Gets You Thru the Night	\N	Pop	215084	255	150
3259	I'm Losing You	\N	Pop	240719	255	150
3260	Gimme Some Truth	\N	Pop	232778	255	150
3261	Oh, My Love	\N	Pop	159473	255	150
3262	Imagine	\N	Pop	192329	255	150
3263	Nobody Told Me	\N	Pop	210348	255	150
3264	Jealous Guy	\N	Pop	239094	255	150
3265	Working Class Hero	\N	Pop	265449	255	150
3266	Power to the People	\N	Pop	213018	255	150
3267	Imagine	\N	Pop	219078	255	150
3268	Beautiful Boy	\N	Pop	227995	255	150
3269	Isolation	\N	Pop	156059	255	150
3270	Watching the Wheels	\N	Pop	198645	255	150
3271	Grow Old With Me	\N	Pop	149093	255	150
3272	Gimme Some Truth	\N	Pop	187546	255	150
3273	[Just Like] Starting Over	\N	Pop	215549	255	150
3274	God	\N	Pop	260410	255	150
3275	Real Love	\N	Pop	236911	255	150
3276	Sympton of the Universe	\N	Rock	340890	256	114
3277	Snowblind	\N	Rock	295960	256	114
3278	Black Sabbath	\N	Rock	364180	256	114
3279	Fairies Wear Boots	\N	Rock	392764	256	114
3280	War Pigs	\N	Rock	515435	256	114
3281	The Wizard	\N	Rock	282678	256	114
3282	N.I.B.	\N	Rock	335248	256	114
3283	Sweet Leaf	\N	Rock	354706	256	114
3284	Never Say Die	\N	Rock	258343	256	114
3285	Sabbath, Bloody Sabbath	\N	Rock	333622	256	114
3286	Iron Man/Children of the Grave	\N	Rock	552308	256	114
3287	Paranoid	\N	Rock	189171	256	114
3288	Rock You Like a Hurricane	\N	Rock	255766	257	179
3289	No One Like You	\N	Rock	240325	257	179
3290	The Zoo	\N	Rock	332740	257	179
3291	Loving You Sunday Morning	\N	Rock	339125	257	179
3292	Still Loving You	\N	Rock	390674	257	179
3293	Big City Nights	\N	Rock	251865	257	179
3294	Believe in Love	\N	Rock	325774	257	179
3295	Rhythm of Love	\N	Rock	231246	257	179
3296	I Can't Explain	\N	Rock	205332	257	179
3297	Tease Me Please Me	\N	Rock	287229	257	179
3298	Wind of Change	\N	Rock	315325	257	179
3299	Send Me an Angel	\N	Rock	273041	257	179
3300	Jump Around	E. Schrody/L. Muggerud	Hip Hop/Rap	217835	258	180
3301	Salutations	E. Schrody/L. Dimant	Hip Hop/Rap	69120	258	180
3302	Put Your Head Out	E. Schrody/L. Freese/L. Muggerud	Hip Hop/Rap	182230	258	180
3303	Top O' The Morning To Ya	E. Schrody/L. Dimant	Hip Hop/Rap	216633	258	180
3304	Commercial 1	L. Muggerud	Hip Hop/Rap	7941	258	180
3305	House And The Rising Sun	E. Schrody/J. Vasquez/L. Dimant	Hip Hop/Rap	219402	258	180
3306	Shamrocks And Shenanigans	E. Schrody/L. Dimant	Hip Hop/Rap	218331	258	180
3307	House Of Pain Anthem	E. Schrody/L. Dimant	Hip Hop/Rap	155611	258	180
3308	Danny Boy, Danny Boy	E. Schrody/L. Muggerud	Hip Hop/Rap	114520	258	180
3309	Guess Who's Back	E. Schrody/L. Muggerud	Hip Hop/Rap	238393	258	180
3310	Commercial 2	L. Muggerud	Hip Hop/Rap	21211	258	180
3311	Put On Your Shit Kickers	E. Schrody/L. Muggerud	Hip Hop/Rap	190432	258	180
3312	Come And Get Some Of This	E. Schrody/L. Muggerud/R. Medrano	Hip Hop/Rap	170475	258	180
3313	Life Goes On	E. Schrody/R. Medrano	Hip Hop/Rap	163030	258	180
3314	One For The Road	E. Schrody/L. Dimant/L. Muggerud	Hip Hop/Rap	170213	258	180
3315	Feel It	E. Schrody/R. Medrano	Hip Hop/Rap	239908	258	180
3316	All My Love	E. Schrody/L. Dimant	Hip Hop/Rap	200620	258	180
3317	Jump Around (Pete Rock Remix)	E. Schrody/L. Muggerud	Hip Hop/Rap	236120	258	180
3318	Shamrocks And Shenanigans (Boom Shalock Lock Boom/Butch Vig Mix)	E. Schrody/L. Dimant	Hip Hop/Rap	237035	258	180
3319	Instinto Colectivo	\N	Electronica/Dance	300564	259	36
3320	Chapa o Coco	\N	Electronica/Dance	143830	259	36
3321	Prostituta	\N	Electronica/Dance	359000	259	36
3322	Eu So Queria Sumir	\N	Electronica/Dance	269740	259	36
3323	Tres Reis	\N	Electronica/Dance	304143	259	36
3324	Um Lugar ao Sol	\N	Electronica/Dance	212323	259	36
3325	Batalha Naval	\N	Electronica/Dance	285727	259	36
3326	Todo o Carnaval tem seu Fim	\N	Electronica/Dance	237426	259	36
3327	O Misterio do Samba	\N	Electronica/Dance	226142	259	36
3328	Armadura	\N	Electronica/Dance	232881	259	36
3329	Na Ladeira	\N	Electronica/Dance	221570	259	36
3330	Carimbo	\N	Electronica/Dance	328751	259	36
3331	Catimbo	\N	Electronica/Dance	254484	259	36
3332	Funk de Bamba	\N	Electronica/Dance	237322	259	36
3333	Chega no Suingue	\N	Electronica/Dance	221805	259	36
3334	Mun-Ra	\N	Electronica/Dance	274651	259	36
3335	Freestyle Love	\N	Electronica/Dance	318484	259	36
3336	War Pigs	\N	Alternative	234013	260	196
3337	Past, Present, and Future	\N	Drama	2492867	261	149
3338	The Beginning of the End	\N	Drama	2611903	261	149
3339	LOST Season 4 Trailer	\N	Drama	112712	261	149
3340	LOST In 8:15	\N	Drama	497163	261	149
3341	Confirmed Dead	\N	Drama	2611986	261	149
3342	The Economist	\N	Drama	2609025	261	149
3343	Eggtown	\N	TV Shows	2608817	261	149
3344	The Constant	\N	Drama	2611569	261	149
3345	The Other Woman	\N	Drama	2605021	261	149
3346	Ji Yeon	\N	TV Shows	2588797	261	149
3347	Meet Kevin Johnson	\N	TV Shows	2612028	261	149
3348	The Shape of Things to Come	\N	Drama	2591299	261	149
3349	Amanda	Luca Gusella	Jazz	246503	262	197
3350	Despertar	Andrea Dulbecco	Jazz	307385	262	197
3351	Din Din Wo (Little Child)	Habib Koité	World	285837	263	198
3352	Distance	Karsh Kale/Vishal Vaid	Electronica/Dance	327122	264	199
3353	I Guess You're Right	Darius "Take One" Minwalla/Jon Auer/Ken Stringfellow/Matt Harris	Rock	212044	265	200
3354	I Ka Barra (Your Work)	Habib Koité	World	300605	263	198
3355	Love Comes	Darius "Take One" Minwalla/Jon Auer/Ken Stringfellow/Matt Harris	Rock	199923	265	200
3356	Muita Bobeira	Luciana Souza	Latin	172710	266	201
3357	OAM's Blues	Aaron Goldberg	Jazz	266936	267	202
3358	One Step Beyond	Karsh Kale	Electronica/Dance	366085	264	199
3359	Symphony No. 3 in E-flat major, Op. 55, "Eroica" - Scherzo: Allegro Vivace	Ludwig van Beethoven	Classical	356426	268	203
3360	Something Nice Back Home	\N	Drama	2612779	261	149
3361	Cabin Fever	\N	Drama	2612028	261	149
3362	There's No Place Like Home, Pt. 1	\N	Drama	2609526	261	149
3363	There's No Place Like Home, Pt. 2	\N	Drama	2497956	261	149
3364	There's No Place Like Home, Pt. 3	\N	Drama	2582957	261	149
3365	Say Hello 2 Heaven	\N	Alternative	384497	269	204
3366	Reach Down	\N	Alternative	672773	269	204
3367	Hunger Strike	\N	Alternative	246292	269	204
3368	Pushin Forward Back	\N	Alternative	225278	269	204
3369	Call Me a Dog	\N	Alternative	304458	269	204
3370	Times of Trouble	\N	Alternative	342539	269	204
3371	Wooden Jesus	\N	Alternative	250565	269	204
3372	Your Savior	\N	Alternative	244226	269	204
3373	Four Walled World	\N	Alternative	414474	269	204
3374	All Night Thing	\N	Alternative	231803	269	204
3375	No Such Thing	Chris Cornell	Alternative	224837	270	205
3376	Poison Eye	Chris Cornell	Alternative	237120	270	205
3377	Arms Around Your Love	Chris Cornell	Alternative	214016	270	205
3378	Safe and Sound	Chris Cornell	Alternative	256764	270	205
3379	She'll Never Be Your Man	Chris Cornell	Alternative	204078	270	205
3380	Ghosts	Chris Cornell	Alternative	231547	270	205
3381	Killing Birds	Chris Cornell	Alternative	218498	270	205
3382	Billie Jean	Michael Jackson	Alternative	281401	270	205
3383	Scar On the Sky	Chris Cornell	Alternative	220193	270	205
3384	Your Soul Today	Chris Cornell	Alternative	205959	270	205
3385	Finally Forever	Chris Cornell	Alternative	217035	270	205
3386	Silence the Voices	Chris Cornell	Alternative	267376	270	205
3387	Disappearing Act	Chris Cornell	Alternative	273320	270	205
3388	You Know My Name	Chris Cornell	Alternative	240255	270	205
3389	Revelations	\N	Alternative	252376	271	8
3390	One and the Same	\N	Alternative	217732	271	8
3391	Sound of a Gun	\N	Alternative	260154	271	8
3392	Until We Fall	\N	Alternative	230758	271	8
3393	Original Fire	\N	Alternative	218916	271	8
3394	Broken City	\N	Alternative	228366	271	8
3395	Somedays	\N	Alternative	213831	271	8
3396	Shape of Things to Come	\N	Alternative	274597	271	8
3397	Jewel of the Summertime	\N	Alternative	233242	271	8
3398	Wide Awake	\N	Alternative	266308	271	8
3399	Nothing Left to Say But Goodbye	\N	Alternative	213041	271	8
3400	Moth	\N	Alternative	298049	271	8
3401	Show Me How to Live (Live at the Quart Festival)	\N	Alternative	301974	271	8
3402	Band Members Discuss Tracks from "Revelations"	\N	Alternative	294294	271	8
3403	Intoitus: Adorate Deum	Anonymous	Classical	245317	272	206
3404	Miserere mei, Deus	Gregorio Allegri	Classical	501503	273	207
3405	Canon and Gigue in D Major: I. Canon	Johann Pachelbel	Classical	271788	274	208
3406	Concerto No. 1 in E Major, RV 269 "Spring": I. Allegro	Antonio Vivaldi	Classical	199086	275	209
3407	Concerto for 2 Violins in D Minor, BWV 1043: I. Vivace	Johann Sebastian Bach	Classical	193722	276	210
3408	Aria Mit 30 Veränderungen, BWV 988 "Goldberg Variations": Aria	Johann Sebastian Bach	Classical	120463	277	211
3409	Suite for Solo Cello No. 1 in G Major, BWV 1007: I. Prélude	Johann Sebastian Bach	Classical	143288	278	212
3410	The Messiah: Behold, I Tell You a Mystery... The Trumpet Shall Sound	George Frideric Handel	Classical	582029	279	213
3411	Solomon HWV 67: The Arrival of the Queen of Sheba	George Frideric Handel	Classical	197135	280	214
3412	"Eine Kleine Nachtmusik" Serenade In G, K. 525: I. Allegro	Wolfgang Amadeus Mozart	Classical	348971	281	215
3413	Concerto for Clarinet in A Major, K. 622: II. Adagio	Wolfgang Amadeus Mozart	Classical	394482	282	216
3414	Symphony No. 104 in D Major "London": IV. Finale: Spiritoso	Franz Joseph Haydn	Classical	306687	283	217
3415	Symphony No.5 in C Minor: I. Allegro con brio	Ludwig van Beethoven	Classical	392462	284	218
3416	Ave Maria	Franz Schubert	Classical	338243	285	219
3417	Nabucco: Chorus, "Va, Pensiero, Sull'ali Dorate"	Giuseppe Verdi	Classical	274504	286	220
3418	Die Walküre: The Ride of the Valkyries	Richard Wagner	Classical	189008	287	221
3419	Requiem, Op.48: 4. Pie Jesu	Gabriel Fauré	Classical	258924	288	222
3420	The Nutcracker, Op. 71a, Act II: Scene 14: Pas de deux: Dance of the Prince & the Sugar-Plum Fairy	Peter Ilyich Tchaikovsky	Classical	304226	289	223
3421	Nimrod (Adagio) from Variations On an Original Theme, Op. 36 "Enigma"	Edward Elgar	Classical	250031	290	224
3422	Madama Butterfly: Un Bel Dì Vedremo	Giacomo Puccini	Classical	277639	291	225
3423	Jupiter, the Bringer of Jollity	Gustav Holst	Classical	522099	292	226
3424	Turandot, Act III, Nessun dorma!	Giacomo Puccini	Classical	176911	293	227
3425	Adagio for Strings from the String Quartet, Op. 11	Samuel Barber	Classical	596519	294	228
3426	Carmina Burana: O Fortuna	Carl Orff	Classical	156710	295	229
3427	Fanfare for the Common Man	Aaron Copland	Classical	198064	296	230
3428	Branch Closing	\N	Comedy	1814855	251	156
3429	The Return	\N	Comedy	1705080	251	156
3430	Toccata and Fugue in D Minor, BWV 565: I. Toccata	Johann Sebastian Bach	Classical	153901	297	231
3431	Symphony No.1 in D Major, Op.25 "Classical", Allegro Con Brio	Sergei Prokofiev	Classical	254001	298	232
3432	Scheherazade, Op. 35: I. The Sea and Sindbad's Ship	Nikolai Rimsky-Korsakov	Classical	545203	299	233
3433	Concerto No.2 in F Major, BWV1047, I. Allegro	Johann Sebastian Bach	Classical	307244	300	234
3434	Concerto for Piano No. 2 in F Minor, Op. 21: II. Larghetto	Frédéric Chopin	Classical	560342	301	235
3435	Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico	Pietro Mascagni	Classical	243436	302	236
3436	Karelia Suite, Op.11: 2. Ballade (Tempo Di Menuetto)	Jean Sibelius	Classical	406000	303	237
3437	Piano Sonata No. 14 in C Sharp Minor, Op. 27, No. 2, "Moonlight": I. Adagio sostenuto	Ludwig van Beethoven	Classical	391000	304	238
3438	Fantasia On Greensleeves	Ralph Vaughan Williams	Classical	268066	280	214
3439	Das Lied Von Der Erde, Von Der Jugend	Gustav Mahler	Classical	223583	305	240
3440	Concerto for Cello and Orchestra in E minor, Op. 85: I. Adagio - Moderato	Edward Elgar	Classical	483133	306	241
3441	Two Fanfares for Orchestra: II. Short Ride in a Fast Machine	John Adams	Classical	254930	307	242
3442	Wellington's Victory or the Battle Symphony, Op.91: 2. Symphony of Triumph	Ludwig van Beethoven	Classical	412000	308	243
3443	Missa Papae Marcelli: Kyrie	Giovanni Pierluigi da Palestrina	Classical	240666	309	244
3444	Romeo et Juliette: No. 11 - Danse des Chevaliers	\N	Classical	275015	310	245
3445	On the Beautiful Blue Danube	Johann Strauss II	Classical	526696	311	226
3446	Symphonie Fantastique, Op. 14: V. Songe d'une nuit du sabbat	Hector Berlioz	Classical	561967	312	245
3447	Carmen: Overture	Georges Bizet	Classical	132932	313	246
3448	Lamentations of Jeremiah, First Set \\ Incipit Lamentatio	Thomas Tallis	Classical	69194	314	247
3449	Music for the Royal Fireworks, HWV351 (1749): La Réjouissance	George Frideric Handel	Classical	120000	315	208
3450	Peer Gynt Suite No.1, Op.46: 1. Morning Mood	Edvard Grieg	Classical	253422	316	248
3451	Die Zauberflöte, K.620: "Der Hölle Rache Kocht in Meinem Herze"	Wolfgang Amadeus Mozart	Opera	174813	317	249
3452	SCRIABIN: Prelude in B Major, Op. 11, No. 11	\N	Classical	101293	318	250
3453	Pavan, Lachrimae Antiquae	John Dowland	Classical	253281	319	251
3454	Symphony No. 41 in C Major, K. 551, "Jupiter": IV. Molto allegro	Wolfgang Amadeus Mozart	Classical	362933	320	248
3455	Rehab	\N	R&B/Soul	213240	321	252
3456	You Know I'm No Good	\N	R&B/Soul	256946	321	252
3457	Me & Mr. Jones	\N	R&B/Soul	151706	321	252
3458	Just Friends	\N	R&B/Soul	191933	321	252
3459	Back to Black	Mark Ronson	R&B/Soul	240320	321	252
3460	Love Is a Losing Game	\N	R&B/Soul	154386	321	252
3461	Tears Dry On Their Own	Nickolas Ashford & Valerie Simpson	R&B/Soul	185293	321	252
3462	Wake Up Alone	Paul O'duffy	R&B/Soul	221413	321	252
3463	Some Unholy War	\N	R&B/Soul	141520	321	252
3464	He Can Only Hold Her	Richard Poindexter & Robert Poindexter	R&B/Soul	166680	321	252
3465	You Know I'm No Good (feat. Ghostface Killah)	\N	R&B/Soul	202320	321	252
3466	Rehab (Hot Chip Remix)	\N	R&B/Soul	418293	321	252
3467	Intro / Stronger Than Me	\N	Pop	234200	322	252
3468	You Sent Me Flying / Cherry	\N	Pop	409906	322	252
3469	F**k Me Pumps	Salaam Remi	Pop	200253	322	252
3470	I Heard Love Is Blind	\N	Pop	129666	322	252
3471	(There Is) No Greater Love (Teo Licks)	Isham Jones & Marty Symes	Pop	167933	322	252
3472	In My Bed	Salaam Remi	Pop	315960	322	252
3473	Take the Box	Luke Smith	Pop	199160	322	252
3474	October Song	Matt Rowe & Stefan Skarbek	Pop	204846	322	252
3475	What Is It About Men	Delroy "Chris" Cooper, Donovan Jackson, Earl Chinna Smith, Felix Howard, Gordon Williams, Luke Smith, Paul Watson & Wilburn Squiddley Cole	Pop	209573	322	252
3476	Help Yourself	Freddy James, Jimmy hogarth & Larry Stock	Pop	300884	322	252
3477	Amy Amy Amy (Outro)	Astor Campbell, Delroy "Chris" Cooper, Donovan Jackson, Dorothy Fields, Earl Chinna Smith, Felix Howard, Gordon Williams, James Moody, Jimmy McHugh, Matt Rowe, Salaam Remi & Stefan Skarbek	Pop	663426	322	252
3478	Slowness	\N	Alternative	215386	323	253
3479	Prometheus Overture, Op. 43	Ludwig van Beethoven	Classical	339567	324	254
3480	Sonata for Solo Violin: IV: Presto	Béla Bartók	Classical	299350	325	255
3481	A Midsummer Night's Dream, Op.61 Incidental Music: No.7 Notturno	\N	Classical	387826	326	256
3482	Suite No. 3 in D, BWV 1068: III. Gavotte I & II	Johann Sebastian Bach	Classical	225933	327	257
3483	Concert pour 4 Parties de V**les, H. 545: I. Prelude	Marc-Antoine Charpentier	Classical	110266	328	258
3484	Adios nonino	Astor Piazzolla	Classical	289388	329	259
3485	Symphony No. 3 Op. 36 for Orchestra and Soprano "Symfonia Piesni Zalosnych" \\ Lento E Largo - Tranquillissimo	Henryk Górecki	Classical	567494	330	260
3486	Act IV, Symphony	Henry Purcell	Classical	364296	331	261
3487	3 Gymnopédies: No.1 - Lent Et Grave, No.3 - Lent Et Douloureux	Erik Satie	Classical	385506	332	262
3488	Music for the Funeral of Queen Mary: VI. "Thou Knowest, Lord, the Secrets of Our Hearts"	Henry Purcell	Classical	142081	333	263
3489	Symphony No. 2: III. Allegro vivace	Kurt Weill	Classical	376510	334	264
3490	Partita in E Major, BWV 1006A: I. Prelude	Johann Sebastian Bach	Classical	285673	335	265
3491	Le Sacre Du Printemps: I.iv. Spring Rounds	Igor Stravinsky	Classical	234746	336	248
3492	Sing Joyfully	William Byrd	Classical	133768	314	247
3493	Metopes, Op. 29: Calypso	Karol Szymanowski	Classical	333669	337	266
3494	Symphony No. 2, Op. 16 -  "The Four Temperaments": II. Allegro Comodo e Flemmatico	Carl Nielsen	Classical	286998	338	267
3495	24 Caprices, Op. 1, No. 24, for Solo Violin, in A Minor	Niccolò Paganini	Classical	265541	339	268
3496	Étude 1, In C Major - Preludio (Presto) - Liszt	\N	Classical	51780	340	269
3497	Erlkonig, D.328	\N	Classical	261849	341	270
3498	Concerto for Violin, Strings and Continuo in G Major, Op. 3, No. 9: I. Allegro	Pietro Antonio Locatelli	Classical	493573	342	271
3499	Pini Di Roma (Pinien Von Rom) \\ I Pini Della Via Appia	\N	Classical	286741	343	226
3500	String Quartet No. 12 in C Minor, D. 703 "Quartettsatz": II. Andante - Allegro assai	Franz Schubert	Classical	139200	344	272
3501	L'orfeo, Act 3, Sinfonia (Orchestra)	Claudio Monteverdi	Classical	66639	345	273
3502	Quintet for Horn, Violin, 2 Violas, and Cello in E Flat Major, K. 407/386c: III. Allegro	Wolfgang Amadeus Mozart	Classical	221331	346	274
3503	Koyaanisqatsi	Philip Glass	Soundtrack	206005	347	275
\.


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."user" (id, email, password_hash, first_name, surname, age, postcode, role, privacy_policy_version, privacy_accepted_at, created_at, deidentified_at, token_key) FROM stdin;
1	luisg@embraer.com.br	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Luís	Gonçalves	\N	12227-000	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	f445e1e6b9497b5602c6da47a260cf76
2	leonekohler@surfeu.de	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Leonie	Köhler	\N	70174	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	247d5992f3368b656246343119b2ee98
3	ftremblay@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	François	Tremblay	\N	H2G 1A7	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	7cd5047a4183e9d2db3d0009bf1bd3fc
4	bjorn.hansen@yahoo.no	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Bjørn	Hansen	\N	0171	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	f6292e9784222d2fab20d43afcf597a9
5	frantisekw@jetbrains.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	František	Wichterlová	\N	14700	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	be0c38ce035c97df2a5784749063beae
6	hholy@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Helena	Holý	\N	14300	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	4f5bbbe71db2a379f60abc4a8789d206
7	astrid.gruber@apple.at	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Astrid	Gruber	\N	1010	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	d1b6d53d738dde48e009ed72c398fedc
8	daan_peeters@apple.be	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Daan	Peeters	\N	1000	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	910dc71e574f76cb2808ff741bd03306
9	kara.nielsen@jubii.dk	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Kara	Nielsen	\N	1720	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	c641cf1cf3b15208e09efbce5bf046c5
10	eduardo@woodstock.com.br	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Eduardo	Martins	\N	01007-010	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	99c558efa7ed05a5bc8f71c5477f9efb
11	alero@uol.com.br	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Alexandre	Rocha	\N	01310-200	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	74ef83736070eb167ff7092f14f31889
12	roberto.almeida@riotur.gov.br	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Roberto	Almeida	\N	20040-020	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	497067ffbbbde21fa7b72da03c1889b0
13	fernadaramos4@uol.com.br	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Fernanda	Ramos	\N	71020-677	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	d39a8a713d7ae742620e811d4f287e1f
14	mphilips12@shaw.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Mark	Philips	\N	T6G 2C7	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	71fe4ecd24d6a24f9f75d143e9437b2c
15	jenniferp@rogers.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Jennifer	Peterson	\N	V6C 1G8	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	863491a90b2d84825e2c5a4a6bd1440b
16	fharris@google.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Frank	Harris	\N	94043-1351	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	e04d56cec4f12162df216867ae8c54f5
17	jacksmith@microsoft.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Jack	Smith	\N	98052-8300	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	6d13044d211e5be0c8cda038a99f37d9
18	michelleb@aol.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Michelle	Brooks	\N	10012-2612	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	144855b6a4036d7eb491ffca67f10c9c
19	tgoyer@apple.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Tim	Goyer	\N	95014	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	d60022c01f55a9e3721efce675de8c1b
20	dmiller@comcast.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Dan	Miller	\N	94040-111	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	df5a41c6b848cc0ce291abecd8e96c04
21	kachase@hotmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Kathy	Chase	\N	89503	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	65a16977eedf2c55301ee23432b31d59
22	hleacock@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Heather	Leacock	\N	32801	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	f0b0c3f26e55e71390b2c88c21af7449
23	johngordon22@yahoo.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	John	Gordon	\N	2113	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	66a7cb7732576339763d1bf0847aee12
24	fralston@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Frank	Ralston	\N	60611	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	ac39625d887bc9265bbdf1904737845a
25	vstevens@yahoo.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Victor	Stevens	\N	53703	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	badf2421978d49e52c51f52759e57eb0
26	ricunningham@hotmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Richard	Cunningham	\N	76110	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	908b71b4a05d872b4d57cb6a3207478a
27	patrick.gray@aol.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Patrick	Gray	\N	85719	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	bd5289e413ba27707d312d31b3809c36
28	jubarnett@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Julia	Barnett	\N	84102	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	ecd229bef4b01d9c5cb4f0099efca1ed
29	robbrown@shaw.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Robert	Brown	\N	M6J 1V1	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	175d325f2013561ef81376198646c7bc
30	edfrancis@yachoo.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Edward	Francis	\N	K2P 1L7	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	09407ed5619851002a08c87019e9c290
31	marthasilk@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Martha	Silk	\N	B3S 1C5	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	4cfdea40cb6cd7f3e5ff800e74ab7b72
32	aaronmitchell@yahoo.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Aaron	Mitchell	\N	R3L 2B9	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	05fa75939feb98bd5b0b4ba4b4a1a3e5
33	ellie.sullivan@shaw.ca	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Ellie	Sullivan	\N	X1A 1N6	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	92ac30890760580d14aa2eae35aaecba
34	jfernandes@yahoo.pt	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	João	Fernandes	\N	\N	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	3026c107ed61ceb621a3e35775effc6c
35	masampaio@sapo.pt	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Madalena	Sampaio	\N	\N	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	a8181a47de76db591b7cfb3650277727
36	hannah.schneider@yahoo.de	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Hannah	Schneider	\N	10789	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	f8cb57f4920831d2c1b29934cb6a6daf
37	fzimmermann@yahoo.de	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Fynn	Zimmermann	\N	60316	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	d17e4d529774b49306b42918955d9509
38	nschroder@surfeu.de	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Niklas	Schröder	\N	10779	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	59617af32569347853e21639bcf21f4d
39	camille.bernard@yahoo.fr	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Camille	Bernard	\N	75009	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	a9f97598a05ebea7367c60a842b2f652
40	dominiquelefebvre@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Dominique	Lefebvre	\N	75002	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	f0f3b8543f356efcf4ea4d895cf677c0
41	marc.dubois@hotmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Marc	Dubois	\N	69002	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	4cd4843f8da692925d06ea4e6de3aa74
42	wyatt.girard@yahoo.fr	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Wyatt	Girard	\N	33000	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	731ce496e68e320485b415688f21c14c
43	isabelle_mercier@apple.fr	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Isabelle	Mercier	\N	21000	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	682f6959ae33afca8a75da5bc832a1ff
44	terhi.hamalainen@apple.fi	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Terhi	Hämäläinen	\N	00530	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	2fd240fb8f33dee9620ffb55bb5d5344
45	ladislav_kovacs@apple.hu	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Ladislav	Kovács	\N	H-1073	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	774e11141b54c7b769b3f7a63954ef86
46	hughoreilly@apple.ie	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Hugh	O'Reilly	\N	\N	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	b326c4ca06a1e6990d44f324f25e003f
47	lucas.mancini@yahoo.it	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Lucas	Mancini	\N	00192	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	1d5b1c4751afdd7a06c14c11fd478d3b
48	johavanderberg@yahoo.nl	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Johannes	Van der Berg	\N	1016	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	ea8ed0d23b3a04a24ba2340373d9a932
49	stanisław.wójcik@wp.pl	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Stanisław	Wójcik	\N	00-358	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	247bd434d9f67a5ca96e9afe43207730
50	enrique_munoz@yahoo.es	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Enrique	Muñoz	\N	28015	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	0b2d59da1bbf69a7511a5d93cde2844f
51	joakim.johansson@yahoo.se	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Joakim	Johansson	\N	11230	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	946f583ef4c097aa609c830e369b6d2c
52	emma_jones@hotmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Emma	Jones	\N	N1 5LH	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	a660e589132fa918c766551e3d4da4cd
53	phil.hughes@gmail.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Phil	Hughes	\N	SW1V 3EN	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	b4b7a4c83d4618ba593a57e57e1c5285
54	steve.murray@yahoo.uk	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Steve	Murray	\N	EH4 1HH	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	793eff306a4c1b56d30f0ade064ca1ca
55	mark.taylor@yahoo.au	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Mark	Taylor	\N	2010	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	741a4d6b6f6f659190b648870d9f0ec8
56	diego.gutierrez@yahoo.ar	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Diego	Gutiérrez	\N	1106	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	d920d75f1593fb507d2dbbc20c683f31
57	luisrojas@yahoo.cl	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Luis	Rojas	\N	\N	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	be1c28c7be3bb73fbc3aed167947c0f3
58	manoj.pareek@rediff.com	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Manoj	Pareek	\N	110017	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	9ec3388a7a1a9c310d52acebf378ecb1
59	puja_srivastava@yahoo.in	$2b$12$4HQmtYv/C.GzKwX0mDqVaeMRLdqUHNs4UGCkfcUI3oBogW5U5xp5y	Puja	Srivastava	\N	560001	user	2026-12-03	2026-12-03 14:57:39.403529+00	2026-12-03 14:57:39.403529+00	\N	81e373790a034534bfe16a22eca6637c
\.


--
-- Name: album_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.album_id_seq', 347, true);


--
-- Name: alias_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alias_id_seq', 1, false);


--
-- Name: artist_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.artist_id_seq', 275, true);


--
-- Name: playlist_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.playlist_id_seq', 8715, true);


--
-- Name: revoked_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.revoked_token_id_seq', 1, false);


--
-- Name: track_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.track_id_seq', 3503, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_id_seq', 59, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: album pk_album; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.album
    ADD CONSTRAINT pk_album PRIMARY KEY (id);


--
-- Name: alias pk_alias; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alias
    ADD CONSTRAINT pk_alias PRIMARY KEY (id);


--
-- Name: artist pk_artist; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.artist
    ADD CONSTRAINT pk_artist PRIMARY KEY (id);


--
-- Name: playlist pk_playlist; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT pk_playlist PRIMARY KEY (id);


--
-- Name: revoked_token pk_revoked_token; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token
    ADD CONSTRAINT pk_revoked_token PRIMARY KEY (id);


--
-- Name: track pk_track; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT pk_track PRIMARY KEY (id);


--
-- Name: user pk_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT pk_user PRIMARY KEY (id);


--
-- Name: alias uq_alias_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alias
    ADD CONSTRAINT uq_alias_name_key UNIQUE (name_key);


--
-- Name: alias uq_alias_user_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alias
    ADD CONSTRAINT uq_alias_user_id UNIQUE (user_id);


--
-- Name: playlist uq_playlist_user_id_track_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT uq_playlist_user_id_track_id UNIQUE (user_id, track_id);


--
-- Name: revoked_token uq_revoked_token_jti; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token
    ADD CONSTRAINT uq_revoked_token_jti UNIQUE (jti);


--
-- Name: user uq_user_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT uq_user_email UNIQUE (email);


--
-- Name: ix_album_artist_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_album_artist_id ON public.album USING btree (artist_id);


--
-- Name: ix_artist_gross_worth_cents_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_artist_gross_worth_cents_id ON public.artist USING btree (gross_worth_cents, id);


--
-- Name: ix_artist_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_artist_name ON public.artist USING btree (name);


--
-- Name: ix_playlist_track_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_playlist_track_id ON public.playlist USING btree (track_id);


--
-- Name: ix_playlist_user_id_added_at_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_playlist_user_id_added_at_id ON public.playlist USING btree (user_id, added_at, id);


--
-- Name: ix_revoked_token_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_revoked_token_expires_at ON public.revoked_token USING btree (expires_at);


--
-- Name: ix_revoked_token_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_revoked_token_user_id ON public.revoked_token USING btree (user_id);


--
-- Name: ix_track_album_id_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_track_album_id_id ON public.track USING btree (album_id, id);


--
-- Name: ix_track_artist_id_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_track_artist_id_id ON public.track USING btree (artist_id, id);


--
-- Name: ix_track_genre; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_track_genre ON public.track USING btree (genre);


--
-- Name: album fk_album_artist_id_artist; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.album
    ADD CONSTRAINT fk_album_artist_id_artist FOREIGN KEY (artist_id) REFERENCES public.artist(id);


--
-- Name: alias fk_alias_user_id_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alias
    ADD CONSTRAINT fk_alias_user_id_user FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: playlist fk_playlist_track_id_track; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT fk_playlist_track_id_track FOREIGN KEY (track_id) REFERENCES public.track(id) ON DELETE CASCADE;


--
-- Name: playlist fk_playlist_user_id_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT fk_playlist_user_id_user FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: revoked_token fk_revoked_token_user_id_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token
    ADD CONSTRAINT fk_revoked_token_user_id_user FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- Name: track fk_track_album_id_album; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT fk_track_album_id_album FOREIGN KEY (album_id) REFERENCES public.album(id);


--
-- Name: track fk_track_artist_id_artist; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT fk_track_artist_id_artist FOREIGN KEY (artist_id) REFERENCES public.artist(id);


--
-- PostgreSQL database dump complete
--

\unrestrict jMjhDpxFrGAASmtqzUNUAhCV8Jd9hfViBRSw1z8TGIfvDxOLZdQFdirPMHj6vMC

