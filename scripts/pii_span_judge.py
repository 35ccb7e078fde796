#!/usr/bin/env python3
"""A learned person-or-thing judgement over found names, measured and NOT shipped (issue 9,
sixty-sixth reading).

Usage: scripts/pii_span_judge.py EVAL_DIR TRAIN_MAX TEST_ROUNDS [C]

Gold files: `feedback-themes train-pii ... --seen-gold /tmp/gold` (rounds 1..N, seen).
EVAL_DIR holds `eval pii --gold /tmp/gold/roundK.jsonl --misses --false-hits` for each
round K (named roundK.txt) and pii_dev.txt. Needs numpy and scikit-learn.

For every PERSON span the shipped redactor finds in a round (the gold names it catches and
its false hits), and for every marked look-alike of the training rounds, it builds context
features (the words and shapes up to three tokens either side, two-word windows, the bag
of words six either side, the span's lexicon memberships and three-letter endings; never
the span's own words) and trains a balanced logistic regression on rounds 1..TRAIN_MAX
and pii_dev. On each test round it prints, for thresholds of P(person), how many of the
redactor's true finds and false hits a filter would drop. Trained on rounds 1-89 and
tested once on round 90 (unread by it, no setting chosen on it) with the finds of the
session-start redactor: at 0.02 it drops 94 of
the 189 look-alike false hits and 59 of 3,016 true names, every one a name written on a
thing ("the number plate reads X 1"), a leak of about 1.9% of the round's name characters
against a 0.5% target. Context alone cannot tell a name written on a thing from a
character named in a person's place, so the filter is not shipped.
"""
import json, re, sys, glob, os, collections
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction import DictVectorizer

LEX=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','lexicons','names','')
def words(f):
    s=set()
    for l in open(LEX+f,encoding='utf-8'):
        l=l.split('#')[0].strip().lower()
        if l: s.add(l)
    return s
FIRST=words('first_names.txt'); SUR=words('surnames.txt'); ENG=words('english_words.txt')|words('english_words_more.txt')
PROPER=words('english_proper_nouns.txt'); NOUN=words('noun_words.txt'); THING=words('thing_nouns.txt'); PLACE=words('place_nouns.txt')
TOK=re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+|[^\w\s]")

def shape(w):
    if not w[0].isalpha(): return 'P' if not w[0].isdigit() else 'D'
    if w.isupper() and len(w)>1: return 'A'
    if w[0].isupper(): return 'C'
    return 'l'

def feats(text, a, b):
    toks=[(m.start(),m.end(),m.group()) for m in TOK.finditer(text)]
    inside=[i for i,(s,e,_) in enumerate(toks) if s<b and e>a]
    if not inside: return None
    i0,i1=inside[0],inside[-1]
    def tok(i):
        if i<0: return '<s>'
        if i>=len(toks): return '</s>'
        return toks[i][2].lower()
    def shp(i):
        if i<0 or i>=len(toks): return 'B'
        return shape(toks[i][2])
    f={'bias':1}
    caseless = not any(c.isupper() for c in text)
    f['caseless']=int(caseless)
    f['ntok=%d'%min(3,i1-i0+1)]=1
    f['shape0='+shp(i0)]=1
    for k in range(1,4):
        f['p%d=%s'%(k,tok(i0-k))]=1
        f['n%d=%s'%(k,tok(i1+k))]=1
    f['p2p1=%s_%s'%(tok(i0-2),tok(i0-1))]=1
    f['n1n2=%s_%s'%(tok(i1+1),tok(i1+2))]=1
    f['p1s='+shp(i0-1)]=1; f['n1s='+shp(i1+1)]=1
    f['p1s_n1s=%s_%s'%(shp(i0-1),shp(i1+1))]=1
    # bag of words in window 6 left, 6 right
    for i in range(max(0,i0-6),i0): f['lw='+tok(i)]=0.5
    for i in range(i1+1,min(len(toks),i1+7)): f['rw='+tok(i)]=0.5
    for i in range(i0,i1+1):
        w=tok(i)
        lx=''.join(c for c,s in (('F',FIRST),('S',SUR),('E',ENG),('P',PROPER),('N',NOUN),('T',THING),('L',PLACE)) if w in s)
        f['lex=%s'%lx]=1
        f['suf3='+w[-3:]]=0.5
    return f

def load(round_file, eval_file, with_decoys):
    gold={}
    for l in open(round_file,encoding='utf-8'):
        d=json.loads(l); gold[d['id']]=d
    missed=set(); false=[]
    for l in open(eval_file,encoding='utf-8'):
        p=l.split()
        if not p or p[0] not in('miss','false') or p[2]!='PERSON' or p[3]!='chars': continue
        a,b=map(int,p[4].split('..'))
        if p[0]=='miss': missed.add((p[1],a,b))
        else: false.append((p[1],a,b,'decoy' in p))
    rows=[]
    for id_,d in gold.items():
        for s in d['spans']:
            if s['type']=='PERSON' and (id_,s['start'],s['end']) not in missed:
                rows.append((id_,s['start'],s['end'],1,'find'))
        if with_decoys:
            for s in d['decoys']:
                rows.append((id_,s['start'],s['end'],0,'decoy'))
    for id_,a,b,dec in false:
        rows.append((id_,a,b,0,'fdecoy' if dec else 'ffalse'))
    X=[];y=[];meta=[]
    for id_,a,b,lab,src in rows:
        f=feats(gold[id_]['text'],a,b)
        if f is None: continue
        X.append(f);y.append(lab);meta.append((id_,a,b,src,gold[id_]['template_id']))
    return X,y,meta

def rnum(p):
    m=re.search(r'round(\d+)',p); return int(m.group(1)) if m else 0

if __name__=='__main__':
    evdir=sys.argv[1]; train_max=int(sys.argv[2]); test=[int(x) for x in sys.argv[3].split(',')]
    C=float(sys.argv[4]) if len(sys.argv)>4 else 1.0
    Xtr=[];ytr=[]
    files=sorted(glob.glob('/tmp/gold/round*.jsonl'),key=rnum)
    for f in files+[os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','shared','data','pii','pii_dev.jsonl')]:
        n=rnum(f)
        if n>train_max: continue
        ev=os.path.join(evdir,os.path.basename(f)[:-6]+'.txt')
        X,y,_=load(f,ev,True); Xtr+=X; ytr+=y
    v=DictVectorizer(); A=v.fit_transform(Xtr); y=np.array(ytr)
    print('train',A.shape, y.mean(), file=sys.stderr)
    m=LogisticRegression(C=C,max_iter=2000,class_weight='balanced'); m.fit(A,y)
    for t in test:
        f='/tmp/gold/round%d.jsonl'%t
        X,yy,meta=load(f,os.path.join(evdir,'round%d.txt'%t),False)
        P=m.predict_proba(v.transform(X))[:,1]; yy=np.array(yy)
        for th in (0.02,0.05,0.1,0.2,0.3,0.5):
            drop=P<th
            print(t,'th',th,'true finds dropped %d/%d'%((drop&(yy==1)).sum(),(yy==1).sum()),
                  'false dropped %d/%d'%((drop&(yy==0)).sum(),(yy==0).sum()),
                  'decoy-false dropped %d/%d'%(sum(1 for i,mm in enumerate(meta) if drop[i] and mm[3]=='fdecoy'),sum(1 for mm in meta if mm[3]=='fdecoy')))
