module metallb-console-plugin/go-oracle

go 1.22

require github.com/mikioh/ipaddr v0.0.0-20190404000644-d465c8ab6721 // indirect
