// Command go-oracle prints what MetalLB makes of IPAddressPool address entries, using the same Go
// functions MetalLB's config.ParseCIDR calls (net.ParseCIDR, net.ParseIP, strings.TrimSpace,
// bytes.Compare, mikioh/ipaddr.Summarize at the version MetalLB pins). It reads one JSON string per
// line and writes a JSON array of verdicts; ../go-parse-cases.json is its output for ./cases.txt.
//
//	go run . < cases.txt > ../go-parse-cases.json && npx prettier --write ../go-parse-cases.json
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strings"

	"github.com/mikioh/ipaddr"
)

type verdict struct {
	Input string   `json:"input"`
	Error string   `json:"error,omitempty"`
	Cidrs []string `json:"cidrs"`
	IPv4  []bool   `json:"ipv4"`
}

// entryCIDRs mirrors the behaviour of MetalLB's internal/config ParseCIDR (v0.16.1).
func entryCIDRs(entry string) ([]*net.IPNet, error) {
	if !strings.Contains(entry, "-") {
		_, network, err := net.ParseCIDR(entry)
		if err != nil {
			return nil, fmt.Errorf("invalid CIDR %q", entry)
		}
		return []*net.IPNet{network}, nil
	}
	sides := strings.SplitN(entry, "-", 2)
	first := net.ParseIP(strings.TrimSpace(sides[0]))
	if first == nil {
		return nil, fmt.Errorf("invalid IP range %q: invalid start IP %q", entry, sides[0])
	}
	last := net.ParseIP(strings.TrimSpace(sides[1]))
	if last == nil {
		return nil, fmt.Errorf("invalid IP range %q: invalid end IP %q", entry, sides[1])
	}
	if bytes.Compare(first, last) > 0 {
		return nil, fmt.Errorf("invalid IP range %q: start IP %q is after the end IP %q", entry, first, last)
	}
	var networks []*net.IPNet
	for _, prefix := range ipaddr.Summarize(first, last) {
		networks = append(networks, &net.IPNet{IP: prefix.IP, Mask: prefix.Mask})
	}
	return networks, nil
}

func main() {
	lines := bufio.NewScanner(os.Stdin)
	verdicts := []verdict{}
	for lines.Scan() {
		var entry string
		if err := json.Unmarshal(lines.Bytes(), &entry); err != nil {
			panic(err)
		}
		v := verdict{Input: entry, Cidrs: []string{}, IPv4: []bool{}}
		networks, err := entryCIDRs(entry)
		if err != nil {
			v.Error = err.Error()
		}
		for _, n := range networks {
			v.Cidrs = append(v.Cidrs, n.String())
			v.IPv4 = append(v.IPv4, n.IP.To4() != nil)
		}
		verdicts = append(verdicts, v)
	}
	out, err := json.MarshalIndent(verdicts, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
