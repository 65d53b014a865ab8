package main

import (
	"fmt"
	"io"
	"log"
	"net"
)

func runForward(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: labtool forward LISTEN_ADDR TARGET_ADDR")
	}
	ln, err := net.Listen("tcp", args[0])
	if err != nil {
		return err
	}
	log.Printf("forwarding %s -> %s", args[0], args[1])
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go func(c net.Conn) {
			defer c.Close()
			t, err := net.Dial("tcp", args[1])
			if err != nil {
				log.Printf("dial %s: %v", args[1], err)
				return
			}
			defer t.Close()
			done := make(chan struct{}, 2)
			go func() { _, _ = io.Copy(t, c); done <- struct{}{} }()
			go func() { _, _ = io.Copy(c, t); done <- struct{}{} }()
			<-done
		}(c)
	}
}
