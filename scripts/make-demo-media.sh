#!/usr/bin/env bash
# Synthesises the demo media in public/demo/ entirely offline with ffmpeg:
#   song-1..4.mp3   short pieces of music built from aevalsrc tone expressions
#   preview.mp3     15 s low-bitrate "streaming preview" cut of song 1
#   cover-1..6.jpg  512x512 abstract album covers from lavfi sources
#   video-1..2.mp4  360x360 H.264/AAC clips: cover + audio visualisation
# Safe to re-run: every output is regenerated and overwritten.
# Requires: ffmpeg with libmp3lame + libx264, awk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/public/demo"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)
SR=44100

# ---------------------------------------------------------------- helpers --

# rep N WORDS...  -> WORDS repeated N times
rep() {
  local n=$1 i out=""
  shift
  for ((i = 0; i < n; i++)); do out+=" $*"; done
  echo "$out"
}

# ring N K NOTES...  -> every N-th note (offset K), each held for N steps.
# Splitting an arpeggio over N voices lets consecutive notes ring into
# each other (a voice is monophonic).
ring() {
  local n=$1 k=$2 i=0 out="" note
  shift 2
  ((k > 0)) && out="r:$k"
  for note in "$@"; do
    ((i % n == k)) && out+=" $note:$n"
    i=$((i + 1))
  done
  echo "$out"
}

# lookup_tree LO HI -> balanced if() tree selecting the event that contains
# step position ld(0) (ffmpeg expressions have a small nesting limit, so a
# flat if-chain would fail for long note lists).
lookup_tree() {
  local lo=$1 hi=$2
  if ((lo == hi)); then
    echo "${EV_LEAF[$lo]}"
    return
  fi
  local mid=$(((lo + hi) / 2))
  echo "if(lt(ld(0),${EV_END[$mid]}),$(lookup_tree $lo $mid),$(lookup_tree $((mid + 1)) $hi))"
}

# voice NAME DUR STEP ATTACK DECAY RELEASE TIMBRE NOTES [FILTERS]
# Renders one monophonic voice to $WORK/NAME.wav.
#   NOTES  : "midi:steps" tokens (steps defaults to 1, "r" = rest)
#   TIMBRE : expression using {P} (note phase 2*pi*f*t) and {U} (seconds
#            since note onset); multiplied by an attack/exp-decay/release
#            envelope, so notes start and stop without clicks.
voice() {
  local name=$1 dur=$2 step=$3 atk=$4 dec=$5 rel=$6 timbre=$7 notes=$8
  local post=${9:-anull}
  local pos=0 tok m len
  EV_END=() EV_LEAF=()
  for tok in $notes; do
    m=${tok%%:*}
    len=1
    [[ $tok == *:* ]] && len=${tok#*:}
    [[ $m == r ]] && m=0
    EV_END+=($((pos + len)))
    EV_LEAF+=("st(1,$m)+st(2,$pos)+st(3,$len)")
    pos=$((pos + len))
  done
  EV_END+=(1000000) # sentinel: silence after the last note
  EV_LEAF+=("st(1,0)")
  local lookup
  lookup=$(lookup_tree 0 $((${#EV_END[@]} - 1)))
  timbre=${timbre//\{P\}/(2*PI*ld(6)*t)}
  timbre=${timbre//\{U\}/ld(4)}
  # ld(0)=position in steps, ld(1)=midi note, ld(2)=onset step,
  # ld(3)=length in steps, ld(4)=time since onset, ld(5)=note length (s),
  # ld(6)=frequency. random(7)/random(8) are free for noise.
  local expr="st(0,t/$step);$lookup;st(4,(ld(0)-ld(2))*$step);st(5,ld(3)*$step);"
  expr+="st(6,440*pow(2,(ld(1)-69)/12));"
  expr+="gt(ld(1),0)*min(1,ld(4)/$atk)*exp(-$dec*ld(4))*max(0,min(1,(ld(5)-ld(4))/$rel))*($timbre)"
  "${FF[@]}" -f lavfi -i "aevalsrc=exprs='$expr':s=$SR:d=$dur" \
    -af "$post" -c:a pcm_f32le "$WORK/$name.wav"
}

# master NAME DUR FX VOICE:WEIGHT...
# Mixes voices, applies FX, fades in/out, and peak-normalises to -3 dBFS
# into $WORK/NAME.wav (float, used for the mp3s and the videos).
master() {
  local name=$1 dur=$2 fx=$3
  shift 3
  local inputs=() weights="" v
  for v in "$@"; do
    inputs+=(-i "$WORK/${v%%:*}.wav")
    weights+="${v#*:} "
  done
  local fade_st
  fade_st=$(awk -v d="$dur" 'BEGIN { print d - 3 }')
  "${FF[@]}" "${inputs[@]}" -filter_complex \
    "amix=inputs=$#:weights='${weights% }':normalize=0:duration=longest,$fx,afade=t=in:d=0.4,afade=t=out:st=$fade_st:d=3" \
    -t "$dur" -c:a pcm_f32le "$WORK/$name-raw.wav"
  local peak gain
  peak=$(ffmpeg -hide_banner -nostdin -i "$WORK/$name-raw.wav" \
    -af astats=measure_perchannel=none:measure_overall=Peak_level -f null - 2>&1 |
    awk '/Peak level dB/ { print $NF }' | tail -1)
  gain=$(awk -v p="$peak" 'BEGIN { printf "%.2f", -3 - p }')
  "${FF[@]}" -i "$WORK/$name-raw.wav" -af "volume=${gain}dB" \
    -c:a pcm_f32le "$WORK/$name.wav"
}

# mp3 SRC.wav DEST TITLE BITRATE [extra ffmpeg args before output]
mp3() {
  local src=$1 dest=$2 title=$3 br=$4
  shift 4
  "${FF[@]}" "$@" -i "$src" -map_metadata -1 -ac 1 -ar $SR \
    -c:a libmp3lame -b:a "$br" -id3v2_version 3 -write_xing 1 \
    -metadata title="$title" -metadata artist="Demo Studio" \
    -metadata album="Demo Album" -fflags +bitexact -flags:a +bitexact "$dest"
}

# Shared timbres
PIANO='sin({P})+0.3*sin(2*{P})*exp(-2*{U})+0.1*sin(3*{P})*exp(-4*{U})'
FLUTE='sin({P}+0.45*sin(31.4*t))+0.12*sin(2*{P})'
MUSICBOX='sin({P})+0.3*sin(2*{P})*exp(-6*{U})+0.12*sin(5.4*{P})*exp(-12*{U})'
WARMBASS='sin({P})+0.25*sin(2*{P})*exp(-3*{U})'
REVERB='aecho=0.8:0.75:45|90|150|230:0.3|0.22|0.15|0.1'

# ------------------------------------------------------------------ songs --

# Song 1 - "gentle major arpeggio": C major, 120 bpm eighths,
# C - G/B - Am - F, rolling piano arpeggio + half-note bass; a flute
# melody enters on the second pass and it resolves on a C chord.
s=0.25
C="60 67 72 76 79 76 72 67"
G="59 67 71 74 79 74 71 67"
Am="57 64 69 72 76 72 69 64"
F="53 60 65 69 72 69 65 60"
arp="$(rep 3 "$C $G $Am $F") 60 64 67 72 76 r r r"
voice s1arpA 27 $s 0.005 3 0.05 "$PIANO" "$(ring 2 0 $arp)"
voice s1arpB 27 $s 0.005 3 0.05 "$PIANO" "$(ring 2 1 $arp)"
voice s1bass 27 $s 0.01 0.6 0.15 "$WARMBASS" \
  "$(rep 3 48:4 48:4 47:4 47:4 45:4 45:4 41:4 43:4) 36:8"
voice s1mel 27 $s 0.04 0.6 0.08 "$FLUTE" \
  "r:32 76:2 79:2 77:2 76:2 74:4 71:2 74:2 72:2 76:2 72:2 69:2 72:6 r:2
   76:2 79:2 81:2 79:2 77:2 76:2 74:4 72:2 74:2 76:2 69:2 72:4 74:2 71:2 72:8" \
  "lowpass=f=5000"
master song1 27 "$REVERB" s1arpA:0.22 s1arpB:0.22 s1bass:0.35 s1mel:0.28

# Song 2 - "minor lullaby": A minor, 3/4, slow music-box arpeggio with a
# soft vibrato melody and a dotted-half bass; two eight-bar phrases.
s=0.26
Am="57 64 72 64 69 64"
Dm="57 62 65 62 69 62"
E="56 59 64 59 68 59"
F="53 60 65 60 69 60"
C="55 60 64 60 67 60"
arp="$Am $Dm $E $Am $F $C $Dm $E $Am $Dm $E $Am $F $C $E $Am 57 64 69 76 r r"
voice s2boxA 28 $s 0.003 2.2 0.05 "$MUSICBOX" "$(ring 3 0 $arp)"
voice s2boxB 28 $s 0.003 2.2 0.05 "$MUSICBOX" "$(ring 3 1 $arp)"
voice s2boxC 28 $s 0.003 2.2 0.05 "$MUSICBOX" "$(ring 3 2 $arp)"
voice s2bass 28 $s 0.02 0.5 0.2 "$WARMBASS" \
  "45:6 38:6 40:6 45:6 41:6 36:6 38:6 40:6 45:6 38:6 40:6 45:6 41:6 36:6 40:6 45:6 45:6"
voice s2mel 28 $s 0.08 0.35 0.15 "$FLUTE" \
  "76:3 74:1 72:2 74:4 77:2 76:3 74:1 71:2 69:6 72:3 74:1 76:2 79:4 76:2 77:2 76:2 74:2 71:4 68:2
   76:3 74:1 72:2 74:4 77:2 76:3 74:1 71:2 72:4 69:2 72:3 74:1 76:2 79:3 77:1 76:2 74:2 71:2 68:2 69:6" \
  "lowpass=f=4000"
master song2 28 "$REVERB,lowpass=f=9000" \
  s2boxA:0.16 s2boxB:0.16 s2boxC:0.16 s2bass:0.3 s2mel:0.3

# Song 3 - "upbeat pop riff": D major, 128 bpm, Bm - G - D - A with a
# pumping octave bass, tresillo chord stabs, noise-burst hats/snare and a
# sine kick; the lead riff comes in after four bars.
s=0.234375
bar() { echo "$1:3 $1:3 $1:2"; } # 3-3-2 stab rhythm
stabs() { echo "$(bar "$1") $(bar "$2") $(bar "$3") $(bar "$4")"; }
voice s3kick 26 $s 0.001 7 0.02 'sin(2*PI*50*{U}+18*(1-exp(-22*{U})))' \
  "$(rep 12 1:2 1:2 1:2 1:2) 1:8"
voice s3hat 26 $s 0.001 45 0.01 '2*random(7)-1' \
  "$(rep 12 r:1 1:1 r:1 1:1 r:1 1:1 r:1 1:1)" "highpass=f=7000"
voice s3snare 26 $s 0.001 14 0.02 \
  '0.6*(2*random(8)-1)+0.6*sin(2*PI*185*{U})*exp(-15*{U})' \
  "r:16 $(rep 10 r:2 1:2 r:2 1:2)" "highpass=f=160,lowpass=f=9000"
voice s3bass 26 $s 0.005 6 0.03 \
  'sin({P})+0.5*sin(2*{P})+0.3*sin(3*{P})+0.15*sin(4*{P})' \
  "$(rep 3 "$(rep 4 47 59) $(rep 4 43 55) $(rep 4 38 50) $(rep 4 45 57)") 38:8" \
  "lowpass=f=1800"
TRI='sin({P})-0.111*sin(3*{P})+0.04*sin(5*{P})'
voice s3stab1 26 $s 0.005 3.5 0.03 "$TRI" "$(rep 3 "$(stabs 66 67 66 64)") 66:8"
voice s3stab2 26 $s 0.005 3.5 0.03 "$TRI" "$(rep 3 "$(stabs 62 62 62 61)") 62:8"
voice s3stab3 26 $s 0.005 3.5 0.03 "$TRI" "$(rep 3 "$(stabs 59 59 57 57)") 57:8"
voice s3lead 26 $s 0.01 2.5 0.04 \
  'sin({P})+0.35*sin(2*{P})+0.2*sin(3*{P})+0.1*sin(4*{P})' \
  "r:32 74 76 78:2 76 74 71:2 74 76 78:2 79:2 78:2 78 76 74:2 76 74 69:2 73:2 74 76:3 r:2
   74 76 78:2 76 74 71:2 74 76 78:2 79:2 81:2 83:2 81 78:3 76 74 76:2 73:2 76:2 r:2 74:8" \
  "lowpass=f=5000"
master song3 26 "acompressor=threshold=-20dB:ratio=3:attack=8:release=120,aecho=0.8:0.8:60|110:0.18|0.1" \
  s3kick:0.55 s3snare:0.2 s3hat:0.08 s3bass:0.28 \
  s3stab1:0.1 s3stab2:0.1 s3stab3:0.1 s3lead:0.24

# Song 4 - "calm pad": F major, slow detuned pad chords that cross-fade
# (Fmaj7 - Dm7 - Bbmaj7 - Cadd9 - Fmaj7) under a sparse bell melody.
s=0.5
PAD='0.5*sin({P})+0.5*sin(1.003*{P}+1)+0.12*sin(2.002*{P})+0.05*sin(3*{P})'
# chord tones per voice, low to high: c0 c1 c2 c3 c4
pad_notes=("53 50 46 48 41" "57 57 57 55 57" "60 60 62 62 60" "64 65 65 64 64")
mix=()
for j in 0 1 2 3; do
  read -r c0 c1 c2 c3 c4 <<<"${pad_notes[$j]}"
  # two banks so each 5 s chord overlaps the next by 1 s
  voice "s4padA$j" 28 $s 1.5 0 1.5 "$PAD" "$c0:12 r:8 $c2:12 r:8 $c4:14"
  voice "s4padB$j" 28 $s 1.5 0 1.5 "$PAD" "r:10 $c1:12 r:8 $c3:12"
  mix+=("s4padA$j:0.11" "s4padB$j:0.11")
done
voice s4bell 28 $s 0.005 1.2 0.2 \
  'sin({P})+0.25*sin(2*{P})*exp(-3*{U})+0.1*sin(4.07*{P})*exp(-6*{U})' \
  "r:2 72:2 76:3 r:3 77:2 76:2 72:3 r:3 r:2 74:2 77:2 81:4 79:3 76:2 74:5 76:2 72:2 77:10"
master song4 28 "aecho=0.8:0.7:120|230|370|520:0.35|0.28|0.2|0.14,lowpass=f=8000" \
  "${mix[@]}" s4bell:0.2

for n in 1 2 3 4; do
  mp3 "$WORK/song$n.wav" "$OUT/song-$n.mp3" "Demo Song $n" 64k
done

# Preview - the first 15 s of song 1 at 32 kbps, with its own quick fade-out.
"${FF[@]}" -i "$WORK/song1.wav" -t 15 -af "afade=t=out:st=13:d=2" \
  -c:a pcm_f32le "$WORK/preview.wav"
mp3 "$WORK/preview.wav" "$OUT/preview.mp3" "Demo Song 1 (Preview)" 32k

# ----------------------------------------------------------------- covers --

# cover SRC_FILTERGRAPH N [QUALITY] -> $OUT/cover-N.jpg (512x512, first frame)
cover() {
  "${FF[@]}" -f lavfi -i "$1" -frames:v 1 -q:v "${3:-5}" \
    -fflags +bitexact -flags:v +bitexact "$OUT/cover-$2.jpg"
}

# 1 "sunset waves": warm vertical gradient soft-lit by wavy sine bands
cover "gradients=s=512x512:c0=0x1a0b3d:c1=0xe94560:c2=0xffb347:n=3:type=linear:x0=0:y0=0:x1=0:y1=512:seed=1,format=gbrp[g];
  color=black:s=512x512,format=gray,geq=lum='128+110*sin(Y/7+5*sin(X/60)+2*sin(Y/90))',format=gbrp[w];
  [g][w]blend=all_mode=softlight:all_opacity=0.8,gblur=sigma=1.2,vignette=PI/5" 1 4

# 2 "seahorse valley": Mandelbrot close-up with a hue-shifted palette
cover "mandelbrot=s=512x512:start_x=-0.74364:start_y=0.13182:start_scale=0.02:maxiter=600:outer=normalized_iteration_count:inner=black,
  format=rgb24,hue=h=140:s=0.9,gblur=sigma=1.2,vignette=PI/5" 2 6

# 3 "sierpinski": rule-90 cellular automaton screened onto a radial gradient
cover "cellauto=s=256x128:rule=90:pattern=1:full=1,scale=512x512:flags=neighbor,format=gray,gblur=sigma=1.5,
  format=gbrp,lutrgb=r=val*0.35:g=val*0.9:b=val[a];
  gradients=s=512x512:c0=0x0f2027:c1=0x203a43:c2=0x8e2de2:c3=0x2c5364:n=4:type=radial:seed=3,format=gbrp[b];
  [b][a]blend=all_mode=screen,vignette=PI/4" 3

# 4 "embers": Game of Life after 60 generations with mould trails and a glow
cover "life=s=128x128:mold=12:ratio=0.12:seed=42:life_color=#ffe08a:death_color=#ef476f:mold_color=#0d0b2e,
  select='eq(n,60)',scale=512x512:flags=bicubic,format=gbrp,split[x][y];
  [y]gblur=sigma=10[g];[x][g]blend=all_mode=screen:all_opacity=0.8,gblur=sigma=0.7,vignette=PI/5" 4

# 5 "liquid": interference plasma through a cosine colour palette
V='(sin(X/67)+sin(hypot(X-330,Y-190)/43)+sin((X*0.6-Y)/53)+sin(hypot(X-120,Y-400)/71))/2'
cover "color=black:s=512x512,format=rgb24,
  geq=r='255*(0.5+0.5*cos(6.2832*($V+0.80)))':g='255*(0.5+0.45*cos(6.2832*($V+0.95)))':b='255*(0.55+0.45*cos(6.2832*($V+1.10)))',
  gblur=sigma=1,vignette=PI/5" 5

# 6 "ripples": two sets of concentric rings (moire) over a teal radial gradient
cover "color=black:s=512x512,format=gray,geq=lum='128+50*sin(hypot(X-170,Y-190)/4.5)+50*sin(hypot(X-350,Y-340)/4.5)',format=gbrp[r];
  gradients=s=512x512:c0=0x0b3d4f:c1=0x1fa2a3:c2=0xf2c14e:n=3:type=radial:x0=350:y0=340:x1=0:y1=0:seed=5,format=gbrp[g];
  [g][r]blend=all_mode=softlight:all_opacity=0.9,gblur=sigma=0.7,vignette=PI/5" 6

# ----------------------------------------------------------------- videos --

# video N COVER SONG VIS_FILTERGRAPH -> $OUT/video-N.mp4 (18 s, 360x360)
# VIS_FILTERGRAPH turns [v] (audio) and [bg] (background) into [out].
video() {
  "${FF[@]}" -loop 1 -framerate 24 -i "$OUT/cover-$2.jpg" -i "$WORK/song$3.wav" \
    -filter_complex "[1:a]atrim=0:18,afade=t=out:st=16:d=2,asplit[a][v];$4" \
    -map "[out]" -map "[a]" -t 18 \
    -c:v libx264 -preset slow -crf 31 -maxrate 120k -bufsize 240k -pix_fmt yuv420p \
    -c:a aac -b:a 48k -ac 1 -ar $SR -movflags +faststart -map_metadata -1 \
    -metadata title="Demo Video $1" "$OUT/video-$1.mp4"
}

# Video 1: slowly rotating "sunset waves" cover with a song-1 waveform band
video 1 1 1 "[0:v]scale=520:520,rotate=a='0.03*t':ow=360:oh=360,
  drawbox=x=0:y=250:w=360:h=90:color=black@0.35:t=fill,format=yuv420p[bg];
  [v]showwaves=s=360x80:mode=cline:rate=24:colors=0xfff4e0:scale=lin,format=rgba,colorchannelmixer=aa=0.9[w];
  [bg][w]overlay=0:255:shortest=1,format=yuv420p[out]"

# Video 2: hue-drifting "liquid" cover with a scrolling piano-roll spectrum
# of song 2 screened on top (rendered tall for frequency resolution).
video 2 5 2 "[0:v]scale=360:360,hue=h='20*sin(2*PI*t/18)',
  drawbox=x=0:y=230:w=360:h=130:color=black@0.45:t=fill,format=gbrp[bg];
  [v]showspectrum=s=360x2048:slide=scroll:color=fiery:scale=sqrt:fscale=lin:start=180:stop=1400:overlap=0.75:legend=0,
  fps=24,scale=360:120,format=gbrp,pad=360:360:0:235[w];
  [bg][w]blend=all_mode=screen:shortest=1,format=yuv420p[out]"

echo "Demo media written to $OUT:"
ls -l "$OUT"
