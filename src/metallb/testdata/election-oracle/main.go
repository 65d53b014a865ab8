// Command election-oracle prints the order in which MetalLB v0.16.1's layer-2 election
// (speaker/layer2_controller.go, ShouldAnnounce) ranks candidate nodes for an IP: the IP is parsed
// with net.ParseIP and written back with net.IP.String(), then the nodes are sorted by the bytes of
// sha256(node + "#" + ip), ascending, exactly as ShouldAnnounce does. Input: one case per line,
// `<ip> <node> <node>...`; output: a JSON array of {input ip, go ip, order, hashes}.
//
//	go run . < cases.txt > ../election-vectors.json && npx prettier --write ../election-vectors.json
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net"
	"os"
	"sort"
	"strings"
)

type vector struct {
	IP     string            `json:"ip"`
	GoIP   string            `json:"goIP"`
	Order  []string          `json:"order"`
	Hashes map[string]string `json:"hashes"`
}

func main() {
	var out []vector
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		fields := strings.Fields(scanner.Text())
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		ipString := net.ParseIP(fields[0]).String()
		nodes := append([]string(nil), fields[1:]...)
		sort.Slice(nodes, func(i, j int) bool {
			hi := sha256.Sum256([]byte(nodes[i] + "#" + ipString))
			hj := sha256.Sum256([]byte(nodes[j] + "#" + ipString))
			return bytes.Compare(hi[:], hj[:]) < 0
		})
		hashes := map[string]string{}
		for _, n := range nodes {
			h := sha256.Sum256([]byte(n + "#" + ipString))
			hashes[n] = hex.EncodeToString(h[:])
		}
		out = append(out, vector{IP: fields[0], GoIP: ipString, Order: nodes, Hashes: hashes})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
